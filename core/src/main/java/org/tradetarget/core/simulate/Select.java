package org.tradetarget.core.simulate;

/**
 * Exact order statistics of a double array by multi-quickselect (three-way partitions, so many
 * equal values cost nothing extra). After {@link #select}, a[r] holds the r-th smallest value
 * (0-based) for every requested rank r. Expected time linear in the length. Values must not be NaN.
 */
final class Select {
  private static final int INSERTION = 24;

  private Select() {}

  /**
   * Puts the order statistics of ranks[from..to) (strictly increasing, within [0, len)) into place in
   * a[0, len).
   */
  static void select(double[] a, int len, int[] ranks, int from, int to) {
    select(a, 0, len, ranks, from, to);
  }

  private static void select(double[] a, int lo, int hi, int[] ranks, int rFrom, int rTo) {
    while (rFrom < rTo) {
      if (hi - lo <= INSERTION) {
        insertionSort(a, lo, hi);
        return;
      }
      double pivot = medianOf3(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
      // Three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
      int lt = lo;
      int i = lo;
      int gt = hi;
      while (i < gt) {
        double v = a[i];
        if (v < pivot) {
          a[i++] = a[lt];
          a[lt++] = v;
        } else if (v > pivot) {
          a[i] = a[--gt];
          a[gt] = v;
        } else {
          i++;
        }
      }
      int left = rFrom;
      while (left < rTo && ranks[left] < lt) {
        left++;
      }
      int right = left;
      while (right < rTo && ranks[right] < gt) {
        right++;
      }
      // ranks[rFrom, left) lie left, [left, right) equal the pivot (done), [right, rTo) lie right.
      if (left - rFrom < rTo - right) {
        select(a, lo, lt, ranks, rFrom, left);
        lo = gt;
        rFrom = right;
      } else {
        select(a, gt, hi, ranks, right, rTo);
        hi = lt;
        rTo = left;
      }
    }
  }

  private static double medianOf3(double x, double y, double z) {
    return x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
  }

  private static void insertionSort(double[] a, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      double v = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
}
