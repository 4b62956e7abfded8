/**
 * The Qualys JSON form of the Azure connector API: {@link dev.qpsbind.azure.json.JsonCodec} reads
 * and writes it with the generated model of {@code dev.qpsbind.azure.model}, named by the same
 * Jakarta XML Binding annotations as the XML form, and validates each document through its XML
 * twin, so both forms are held to one schema and one set of request rules.
 */
package dev.qpsbind.azure.json;
