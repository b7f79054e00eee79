package org.tradetarget.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The process's cache of parsed data files, keyed by the file's absolute path, size and modification
 * time and by how it was read: a file read again unchanged (each point of a sweep, each explorer
 * request) is parsed once. A changed file (new size or time) is parsed again. Holds the last {@link
 * #CAPACITY} results; failures are not cached. Counts the parses of each path.
 */
final class ReadCache {
  /** The most results kept. */
  static final int CAPACITY = 16;

  private record Key(Path path, long size, FileTime modified, Object how) {}

  private static final Map<Key, Object> VALUES = new LinkedHashMap<>(32, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  private static final Map<Path, Long> PARSES = new HashMap<>();

  private ReadCache() {}

  /**
   * The value {@code parse} gives for {@code file} read {@code how}, parsed once while the file is
   * unchanged. A file whose attributes cannot be read is parsed every time (its reader says why).
   */
  static <T> T get(Path file, Object how, Class<T> type, Supplier<T> parse) {
    Path abs = file.toAbsolutePath().normalize();
    Key key;
    try {
      BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
      key = new Key(abs, a.isDirectory() ? -1 : a.size(), a.lastModifiedTime(), how);
    } catch (IOException | SecurityException e) {
      return counted(abs, parse);
    }
    synchronized (VALUES) {
      Object v = VALUES.get(key);
      if (v != null) {
        return type.cast(v);
      }
    }
    T v = counted(abs, parse);
    synchronized (VALUES) {
      VALUES.put(key, Objects.requireNonNull(v));
    }
    return v;
  }

  private static <T> T counted(Path abs, Supplier<T> parse) {
    synchronized (VALUES) {
      PARSES.merge(abs, 1L, Long::sum);
    }
    return parse.get();
  }

  /** How many times {@code file} was parsed in this process. */
  static long parses(Path file) {
    synchronized (VALUES) {
      return PARSES.getOrDefault(file.toAbsolutePath().normalize(), 0L);
    }
  }
}
