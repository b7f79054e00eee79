/**
 * Reading scenario files: YAML into a position-keeping tree ({@link
 * org.tradetarget.scenarios.io.YNode}), {@code extends} resolution and checking into {@code spec}
 * records, with every problem reported at once as file:line:column, YAML path, bad value and what is
 * allowed.
 *
 * <p>May import: {@code spec}, {@code core}, SnakeYAML Engine, the JDK.
 */
package org.tradetarget.scenarios.io;
