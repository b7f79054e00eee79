package org.tradetarget.core.calibrate;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Reads a panel file into a {@link ReferenceSet} for {@code reference-class}. The panel formats
 * are read by {@code core.evidence}, a later stage, which provides the implementation through
 * {@link ServiceLoader} ({@code META-INF/services}); an implementation reads each file once while
 * it is unchanged and keeps the result.
 */
public interface ReferencePanels {
  /**
   * The reference set of a panel file.
   *
   * @throws org.tradetarget.core.data.InvalidInputException for a missing or bad file
   */
  ReferenceSet read(Path file);

  /** The reference set of {@code file}, read by the panel reader found on the class path. */
  static ReferenceSet load(Path file) {
    return Holder.PANELS.read(file);
  }

  /** The provider, looked up once. */
  final class Holder {
    static final ReferencePanels PANELS = ServiceLoader.load(ReferencePanels.class)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "no panel reader for reference-class on the class path (core.evidence)"));

    private Holder() {}
  }
}
