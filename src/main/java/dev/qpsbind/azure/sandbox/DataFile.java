package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's data file: a {@code ServiceResponse} XML document holding every connector (with
 * each {@code authenticationKey} as a digest) and, as {@code lastId}, the last id handed out, so
 * that ids are never reused after a restart. Our schema validates it on load, and a damaged file is
 * refused, never replaced.
 *
 * <p>Every save writes a temporary file in the same folder, forces it to disk and moves it over the
 * data file atomically, so the file on disk is always either the old or the new state. Callers
 * serialise saves (the store saves under its lock).
 */
final class DataFile {

  /** What a data file holds. */
  record Contents(List<AzureAssetDataConnector> connectors, long lastId) {}

  private static final String CONNECTOR_PATH = "/ServiceResponse/data/AzureAssetDataConnector";

  private final Path file;
  private final XmlCodec codec = XmlCodec.create();

  DataFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  Path path() {
    return file;
  }

  /**
   * The file's contents, or empty when there is no file yet.
   *
   * @throws SandboxDataException if the file cannot be read or is damaged
   */
  Optional<Contents> load() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SandboxDataException(file, "cannot read the sandbox data file '" + file + "'", e);
    }
    Decoded<ServiceResponse> decoded;
    try {
      decoded = codec.readResponse(bytes);
    } catch (InvalidResponseException e) {
      throw damaged(e.errors().isEmpty() ? e.issues().get(0) : e.errors().get(0));
    }
    for (ValidationIssue warning : decoded.warnings()) {
      if (!warning.rule().equals("count-mismatch")) {
        // An unknown element or value would be lost by the next save: refuse rather than lose it.
        throw damaged(
            warning.line(),
            warning.column(),
            "it holds something the sandbox does not know ("
                + warning.rule()
                + " at "
                + warning.path()
                + ")");
      }
    }
    ServiceResponse response = decoded.value();
    ResponseData data = response.getData();
    List<AzureAssetDataConnector> connectors =
        data == null ? List.of() : List.copyOf(data.getAzureAssetDataConnectors());
    if (data != null && !data.getAssetDataConnectorErrors().isEmpty()) {
      throw damaged(
          decoded.locations(),
          "/ServiceResponse/data/AssetDataConnectorErrors",
          "it holds AssetDataConnectorErrors records, which a data file does not keep");
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < connectors.size(); i++) {
      Long id = connectors.get(i).getId();
      String path = CONNECTOR_PATH + (i == 0 ? "" : "[" + (i + 1) + "]");
      if (id == null || id < 1) {
        throw damaged(decoded.locations(), path, "a connector has no id (or one below 1)");
      }
      if (!seen.add(id)) {
        throw damaged(decoded.locations(), path + "/id", "the id '" + id + "' appears twice");
      }
    }
    long lastId = response.getLastId() == null ? 0 : response.getLastId();
    return Optional.of(new Contents(connectors, lastId));
  }

  /**
   * Replaces the file's contents atomically.
   *
   * @throws SandboxDataException if the file cannot be written; the old file is then untouched
   */
  void save(Collection<AzureAssetDataConnector> connectors, long lastId) {
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode("SUCCESS");
    response.setCount(connectors.size());
    response.setLastId(lastId);
    ResponseData data = new ResponseData();
    data.getAzureAssetDataConnectors().addAll(connectors);
    response.setData(data);
    byte[] bytes = codec.marshal(response);

    Path folder = file.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      // createTempFile makes the file readable by its owner only (on POSIX file systems).
      temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new SandboxDataException(
            file, "the folder of '" + file + "' does not support atomic moves", e);
      }
      temporary = null;
      forceFolder(folder);
    } catch (IOException e) {
      throw new SandboxDataException(file, "cannot write the sandbox data file '" + file + "'", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write already failed; that failure is the one to report.
        }
      }
    }
  }

  /** Makes the rename itself durable where the platform allows a folder to be forced. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms (Windows) cannot open a folder; the file itself was forced already.
    }
  }

  private SandboxDataException damaged(ValidationIssue issue) {
    String message = issue.message().strip();
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    String where = issue.path().isEmpty() ? "" : " (at " + issue.path() + ")";
    return damaged(issue.line(), issue.column(), message + where);
  }

  private SandboxDataException damaged(DocumentLocations locations, String path, String what) {
    DocumentLocations.Location at = locations.find(path);
    return damaged(at == null ? -1 : at.line(), at == null ? -1 : at.column(), what);
  }

  private SandboxDataException damaged(int line, int column, String what) {
    String place = line > 0 ? " at line " + line + ", column " + column : "";
    return new SandboxDataException(
        file,
        line,
        column,
        "the sandbox data file '"
            + file
            + "' is damaged"
            + place
            + ": "
            + what
            + ". It was left as it is: repair it, or move it away to start empty.");
  }
}
