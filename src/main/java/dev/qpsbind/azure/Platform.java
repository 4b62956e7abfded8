package dev.qpsbind.azure;

import java.net.URI;

/**
 * The Qualys platforms whose API host is known, by the key Qualys uses for them. Pick one with
 * {@link AzureConnectorClient.Builder#platform(Platform)}; a private platform is given with {@link
 * AzureConnectorClient.Builder#baseUrl(String)} instead.
 */
public enum Platform {
  /** US platform 1. */
  US1("qualysapi.qualys.com"),
  /** US platform 2. */
  US2("qualysapi.qg2.apps.qualys.com"),
  /** US platform 3. */
  US3("qualysapi.qg3.apps.qualys.com"),
  /** US platform 4. */
  US4("qualysapi.qg4.apps.qualys.com"),
  /** US government platform. */
  GOV1("qualysapi.gov1.qualys.us"),
  /** EU platform 1. */
  EU1("qualysapi.qualys.eu"),
  /** EU platform 2. */
  EU2("qualysapi.qg2.apps.qualys.eu"),
  /** EU platform 3. */
  EU3("qualysapi.qg3.apps.qualys.it"),
  /** India platform 1. */
  IN1("qualysapi.qg1.apps.qualys.in"),
  /** Canada platform 1. */
  CA1("qualysapi.qg1.apps.qualys.ca"),
  /** UAE platform 1. */
  AE1("qualysapi.qg1.apps.qualys.ae"),
  /** UK platform 1. */
  UK1("qualysapi.qg1.apps.qualys.co.uk"),
  /** Australia platform 1. */
  AU1("qualysapi.qg1.apps.qualys.com.au"),
  /** Kingdom of Saudi Arabia platform 1. */
  KSA1("qualysapi.qg1.apps.qualysksa.com");

  private final String host;

  Platform(String host) {
    this.host = host;
  }

  /** The API host, for example {@code qualysapi.qg2.apps.qualys.com}. */
  public String host() {
    return host;
  }

  /** The base URL: {@code https://} and the host, without a path. */
  public URI baseUri() {
    return URI.create("https://" + host);
  }
}
