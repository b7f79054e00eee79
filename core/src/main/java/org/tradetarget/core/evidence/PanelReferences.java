package org.tradetarget.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradetarget.core.calibrate.ReferencePanels;
import org.tradetarget.core.calibrate.ReferenceSet;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The panel reader behind {@code reference-class} ({@link ReferencePanels}, registered in {@code
 * META-INF/services}): reads a panel file ({@link PanelFormat#AUTO}) into a {@link ReferenceSet},
 * once per process while the file is unchanged (same absolute path, size and modification time;
 * the last {@value #CAPACITY} panels are kept). Failures are not kept.
 */
public final class PanelReferences implements ReferencePanels {
  /** The most panels kept. */
  static final int CAPACITY = 4;

  private record Key(Path path, long size, FileTime modified) {}

  private static final Map<Key, ReferenceSet> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, ReferenceSet> eldest) {
      return size() > CAPACITY;
    }
  };

  private static long reads;

  /** For {@link java.util.ServiceLoader}. */
  public PanelReferences() {
    // Stateless: the cache is the process's.
  }

  @Override
  public ReferenceSet read(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Key key;
    try {
      BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
      key = new Key(abs, a.size(), a.lastModifiedTime());
    } catch (IOException | SecurityException e) {
      return parse(file);
    }
    synchronized (CACHE) {
      ReferenceSet s = CACHE.get(key);
      if (s != null) {
        return s;
      }
      s = parse(file);
      CACHE.put(key, s);
      return s;
    }
  }

  /** How many panels this process has parsed for reference classes. */
  static synchronized long reads() {
    return reads;
  }

  private static ReferenceSet parse(Path file) {
    synchronized (PanelReferences.class) {
      reads++;
    }
    List<PanelSeries> runs = new ArrayList<>();
    PanelSource src;
    try {
      src = PanelReader.read(file, PanelFormat.AUTO, runs::add);
    } catch (InvalidInputException e) {
      // The reader words a missing file for the backtest's option; here it is the kind's parameter.
      throw new InvalidInputException(String.valueOf(e.getMessage())
          .replaceFirst("^option '--panel'", "reference-class: parameter 'panel'"));
    }
    return of(src.fileName(), runs);
  }

  /** The reference set of panel runs. */
  static ReferenceSet of(String name, List<PanelSeries> runs) {
    List<ReferenceSet.Run> out = new ArrayList<>(runs.size());
    for (PanelSeries s : runs) {
      out.add(new ReferenceSet.Run(s.id(), s.run()));
    }
    return ReferenceSet.of(name, out);
  }
}
