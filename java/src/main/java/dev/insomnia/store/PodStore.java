package dev.insomnia.store;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pod store: {@code <data dir>/pods/<name>/manifest.json} (the resolved snapshot) and
 * {@code pod.json} (its metadata).
 *
 * <p>Create is atomic: both files are written and fsynced in a fresh temporary directory
 * beside the pods, which is then renamed to the pod's name and the parent fsynced. A crash at
 * any point leaves either no pod or a complete one (a stray {@code .tmp-*} directory at worst,
 * which is never read and is swept later). The rename is also the lock: when two processes
 * create the same name, one rename wins and the other fails with {@code pod.exists}; nothing
 * is ever overwritten. Restore verifies the manifest's SHA-256 against pod.json and never
 * rewrites anything.
 */
public final class PodStore {
  /** Safe file names: lower-case letters, digits and '-', 1 to 63 characters. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private static final String MANIFEST = "manifest.json";
  private static final String METADATA = "pod.json";
  private static final String TEMP_PREFIX = ".tmp-";

  /** Test hook: {@code -Dinsomnia.store.pause=STAGE:MILLIS} sleeps at a stage of create. */
  static final String PAUSE_PROPERTY = "insomnia.store.pause";

  private final Path pods;

  private PodStore(Path dataDir) {
    this.pods = dataDir.resolve("pods");
  }

  public static PodStore at(Path dataDir) {
    return new PodStore(dataDir.toAbsolutePath().normalize());
  }

  public Path podsDirectory() {
    return pods;
  }

  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** A new session id, recorded at creation. */
  public static String newSessionId() {
    return UUID.randomUUID().toString();
  }

  /**
   * Stores a new pod atomically.
   *
   * @throws DiagnosticException {@code pod.invalid-name}, or {@code pod.exists} if the name
   *     is taken (also when another process won a race for it)
   */
  public StoredPod create(PodMetadata draft, byte[] manifestJson)
      throws DiagnosticException, IOException {
    String name = draft.name();
    if (!isValidName(name)) throw new DiagnosticException(DiagnosticCode.POD_INVALID_NAME.error(name));
    Path target = pods.resolve(name);
    if (Files.exists(target)) throw new DiagnosticException(DiagnosticCode.POD_EXISTS.error(name));
    PodMetadata metadata =
        new PodMetadata(
            name,
            draft.createdAt(),
            sha256(manifestJson),
            draft.sessionId(),
            draft.toolVersion(),
            draft.luaVersion(),
            draft.origin());
    Files.createDirectories(pods);
    sweepStaleTemporaries();
    Path temp = Files.createTempDirectory(pods, TEMP_PREFIX + name + "-");
    try {
      pause("before-write");
      writeSynced(temp.resolve(MANIFEST), manifestJson);
      writeSynced(temp.resolve(METADATA), MetadataJson.write(metadata));
      syncDirectory(temp);
      pause("before-rename");
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the pod store needs atomic renames: " + pods, e);
      } catch (FileSystemException e) {
        // rename(2) onto a pod another process created meanwhile: ENOTEMPTY or EEXIST
        if (Files.exists(target)) throw new DiagnosticException(DiagnosticCode.POD_EXISTS.error(name));
        throw e;
      }
      syncDirectory(pods);
      pause("after-rename");
      return new StoredPod(metadata, manifestJson);
    } finally {
      deleteRecursively(temp); // gone after a successful rename; removed after a failure
    }
  }

  /**
   * Reads a pod and verifies its manifest against the checksum recorded at creation.
   *
   * @throws DiagnosticException {@code pod.not-found}, or {@code snapshot.invalid} for a
   *     missing, corrupted or edited file (nothing is rewritten)
   */
  public StoredPod load(String name) throws DiagnosticException {
    if (!isValidName(name)) throw new DiagnosticException(DiagnosticCode.POD_INVALID_NAME.error(name));
    Path dir = pods.resolve(name);
    if (!Files.isDirectory(dir)) throw new DiagnosticException(DiagnosticCode.POD_NOT_FOUND.error(name));
    PodMetadata metadata;
    byte[] manifest;
    try {
      metadata = MetadataJson.read(Files.readAllBytes(dir.resolve(METADATA)));
      manifest = Files.readAllBytes(dir.resolve(MANIFEST));
    } catch (IOException e) {
      throw invalid(dir, "cannot read the snapshot: " + describe(e));
    }
    if (!metadata.name().equals(name)) {
      throw invalid(dir, "pod.json names pod '" + metadata.name() + "', not '" + name + "'");
    }
    if (!sha256(manifest).equals(metadata.manifestSha256())) {
      throw invalid(dir, "manifest.json does not match the checksum recorded when the pod was"
          + " created (it was edited or corrupted)");
    }
    return new StoredPod(metadata, manifest);
  }

  /** The pod whose metadata records this session id. */
  public StoredPod loadBySession(String sessionId) throws DiagnosticException {
    for (String name : names()) {
      Path file = pods.resolve(name).resolve(METADATA);
      try {
        if (MetadataJson.read(Files.readAllBytes(file)).sessionId().equals(sessionId)) {
          return load(name);
        }
      } catch (IOException e) {
        // an unreadable pod cannot be the one asked for; restoring it by name reports why
      }
    }
    throw new DiagnosticException(
        DiagnosticCode.POD_NOT_FOUND.error("session " + sessionId)
            .withHelp("No pod records that session id; check the id, or restore by name with"
                + " --pod NAME."));
  }

  /** Names of the stored pods, sorted. */
  public List<String> names() {
    if (!Files.isDirectory(pods)) return List.of();
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(pods)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (isValidName(name) && Files.isDirectory(entry)) names.add(name);
      }
    } catch (IOException e) {
      return List.of();
    }
    names.sort(Comparator.naturalOrder());
    return List.copyOf(names);
  }

  private DiagnosticException invalid(Path dir, String why) {
    return new DiagnosticException(DiagnosticCode.SNAPSHOT_INVALID.error(why).in(dir.toString()));
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "missing " + e.getMessage();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void writeSynced(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) ch.write(buffer);
      ch.force(true);
    }
  }

  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some platforms cannot open directories; the rename is still atomic there
    }
  }

  /** Temporary directories older than an hour belong to a crashed create. */
  private void sweepStaleTemporaries() {
    long cutoff = System.currentTimeMillis() - 3_600_000L;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(pods, TEMP_PREFIX + "*")) {
      for (Path entry : entries) {
        if (Files.getLastModifiedTime(entry).toMillis() < cutoff) deleteRecursively(entry);
      }
    } catch (IOException e) {
      // sweeping is housekeeping: a failure here must not fail the create
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private static void pause(String stage) {
    String spec = System.getProperty(PAUSE_PROPERTY, "");
    if (!spec.startsWith(stage + ":")) return;
    try {
      Thread.sleep(Long.parseLong(spec.substring(stage.length() + 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** For tests: the temporary directories present now. */
  List<Path> temporaries() throws IOException {
    if (!Files.isDirectory(pods)) return List.of();
    try (Stream<Path> s = Files.list(pods)) {
      return s.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList();
    }
  }

}
