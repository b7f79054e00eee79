package org.tradetarget.scenarios.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Files a command writes: checked all together before anything is written (an existing file is
 * an error unless {@code --force}), then written as one set, so that a run that is killed or fails
 * midway leaves the previous outputs as they were and never a half-written file under a final name:
 *
 * <ol>
 *   <li>each folder is locked: {@code .tradetarget.lock} holds the PID of the run writing it and an
 *       operating-system lock that ends with the process. A second run that finds the folder locked
 *       stops with exit 2 naming that PID; a lock file left by a process that died (killed, power
 *       cut) holds no operating-system lock and is taken over. The file is removed when the run
 *       ends;
 *   <li>inside the lock, the existing-file check is made again (another run may have written the
 *       files since);
 *   <li>every file is written, and synced to disk, in a temporary folder {@code
 *       .tradetarget-staging-PID-...} beside the final files; a failure or a kill here leaves every
 *       previous output untouched (the staging folder of a dead run is removed by the next run);
 *   <li>the files are moved into place, each by one atomic rename.
 * </ol>
 */
public final class FileSet {
  /** The lock file in each output folder. */
  public static final String LOCK = ".tradetarget.lock";

  /** The prefix of the temporary folder the set is written to. */
  public static final String STAGING = ".tradetarget-staging-";

  private final Map<Path, String> files = new LinkedHashMap<>();

  /** Plans a file with its content. */
  public void add(Path file, String content) {
    files.put(file, content);
  }

  /** The planned files. */
  public List<Path> paths() {
    return new ArrayList<>(files.keySet());
  }

  /**
   * Fails, touching nothing, when a planned file exists and {@code force} is off, or when a planned
   * path is a directory.
   */
  public static void checkWritable(List<Path> paths, boolean force) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        throw new InvalidInputException(p + ": is a directory; cannot write a file there");
      }
      if (!force && Files.exists(p)) {
        throw new InvalidInputException(
            p + ": already exists; use --force to overwrite, or --out DIR for another folder");
      }
      Path parent = p.toAbsolutePath().getParent();
      for (Path d = parent; d != null; d = d.getParent()) {
        if (Files.exists(d) && !Files.isDirectory(d)) {
          throw new InvalidInputException(d + ": is a file, not a folder; cannot write " + p);
        }
      }
    }
  }

  /**
   * Writes every planned file as one set (see the class comment).
   *
   * @param force whether files that exist by now may be replaced
   * @param afterStaged called with each file's final path once it is staged (a test's hook; a no-op
   *     otherwise)
   */
  public void write(boolean force, Consumer<Path> afterStaged) {
    Map<Path, List<Map.Entry<Path, String>>> byDir = new LinkedHashMap<>();
    for (Map.Entry<Path, String> e : files.entrySet()) {
      Path dir = e.getKey().toAbsolutePath().normalize().getParent();
      byDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(e);
    }
    List<Lock> locks = new ArrayList<>();
    List<Path> staging = new ArrayList<>();
    try {
      for (Path dir : byDir.keySet()) {
        locks.add(Lock.acquire(dir));
      }
      checkWritable(paths(), force);
      List<Path[]> moves = new ArrayList<>();
      for (Map.Entry<Path, List<Map.Entry<Path, String>>> d : byDir.entrySet()) {
        Path tmp =
            d.getKey().resolve(STAGING + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        try {
          Files.createDirectory(tmp);
        } catch (IOException e) {
          throw cannotWrite(d.getKey(), e);
        }
        staging.add(tmp);
        for (Map.Entry<Path, String> f : d.getValue()) {
          Path staged = tmp.resolve(f.getKey().getFileName().toString());
          writeSynced(staged, f.getValue(), f.getKey());
          moves.add(new Path[] {staged, f.getKey()});
          afterStaged.accept(f.getKey());
        }
      }
      for (Path[] m : moves) {
        try {
          moveIntoPlace(m[0], m[1]);
        } catch (IOException e) {
          throw new InvalidInputException(m[1] + ": cannot write: " + reason(e), e);
        }
      }
    } finally {
      for (Path tmp : staging) {
        deleteTree(tmp);
      }
      for (Lock l : locks) {
        l.close();
      }
    }
  }

  private static void writeSynced(Path staged, String content, Path target) {
    try (FileChannel ch =
        FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write: " + reason(e), e);
    }
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InvalidInputException cannotWrite(Path dir, IOException e) {
    return new InvalidInputException(dir + ": cannot write in this folder: " + reason(e), e);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // gone already, or left for the next run to remove
    }
    try {
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // left for the next run to remove
    }
  }

  /** The lock of one output folder, held while the set is written. */
  static final class Lock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private Lock(Path file, FileChannel channel, FileLock lock) {
      this.file = file;
      this.channel = channel;
      this.lock = lock;
    }

    /**
     * Creates the folder if needed and locks it, taking over a lock left by a dead process and
     * removing its staging folders.
     *
     * @throws InvalidInputException when another live run holds the lock or the folder cannot be
     *     written
     */
    static Lock acquire(Path dir) {
      try {
        Files.createDirectories(dir);
      } catch (FileAlreadyExistsException e) {
        throw new InvalidInputException(dir + ": is a file, not a folder; cannot write there", e);
      } catch (IOException e) {
        throw new InvalidInputException(dir + ": cannot create the folder: " + reason(e), e);
      }
      Path file = dir.resolve(LOCK);
      String me = ProcessHandle.current().pid() + " " + UUID.randomUUID();
      for (int attempt = 0; ; attempt++) {
        FileChannel ch;
        try {
          ch = FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
          throw cannotWrite(dir, e);
        }
        FileLock l;
        try {
          // which file the path names when opened (stat only: opening and closing another
          // descriptor of the file would drop this process's lock on it)
          Object opened = fileKey(file);
          try {
            l = ch.tryLock();
          } catch (OverlappingFileLockException e) {
            l = null; // held by another run in this same process
          }
          if (l == null) {
            ch.close();
            throw new InvalidInputException(dir + ": another tradetarget run (PID "
                + holder(file) + ") is writing this folder; wait until it ends, or use --out"
                + " for another folder");
          }
          // a run that just ended removes its lock file before it lets go: the lock is ours only
          // if the path still names the file locked
          Object now = fileKey(file);
          if (now != null && now.equals(opened)) {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
            removeStaleStaging(dir);
            return new Lock(file, ch, l);
          }
          l.release();
          ch.close();
        } catch (IOException e) {
          try {
            ch.close();
          } catch (IOException ignored) {
            // the error above is the one to report
          }
          throw cannotWrite(dir, e);
        }
        if (attempt >= 10) {
          throw new InvalidInputException(
              dir + ": cannot lock the folder; another tradetarget run keeps taking it");
        }
      }
    }

    private static Object fileKey(Path file) {
      try {
        Object k = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return k == null ? file : k;
      } catch (IOException e) {
        return null;
      }
    }

    private static String holder(Path file) {
      try {
        String s = Files.readString(file, StandardCharsets.US_ASCII).trim();
        int sp = s.indexOf(' ');
        return sp < 0 ? "unknown" : s.substring(0, sp);
      } catch (IOException | RuntimeException e) {
        return "unknown";
      }
    }

    private static void removeStaleStaging(Path dir) throws IOException {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          if (p.getFileName().toString().startsWith(STAGING) && Files.isDirectory(p)) {
            deleteTree(p);
          }
        }
      }
    }

    @Override
    public void close() {
      try {
        Files.deleteIfExists(file);
        lock.release();
        channel.close();
      } catch (IOException e) {
        // the lock ends with the process; a file left behind is taken over by the next run
      }
    }
  }
}
