/**
 * The explorer behind {@code tradetarget serve}: one scenario file opened once ({@link
 * org.tradetarget.scenarios.serve.Explorer}), each request's overrides laid on an immutable copy of
 * its tree and run with common random numbers, and a small HTTP server on the loopback address
 * ({@link org.tradetarget.scenarios.serve.ExplorerServer}) with the page, its script and the JSON
 * API. The answers come from the functions {@code run} writes its files with ({@code
 * report.ResultReports}), so the page, the API and {@code results.json} cannot drift apart.
 *
 * <p>The JDK's {@code com.sun.net.httpserver} is enough here and adds no dependency: the server
 * binds 127.0.0.1 only, for one person on their own machine; it has a handful of fixed endpoints,
 * no TLS (loopback traffic does not leave the machine), small bodies (a size limit, 413 above it),
 * and a fixed pool of workers, each run using every core already. What a public server would need
 * (TLS, sessions, routing, streaming) is not needed.
 *
 * <p>May import: {@code spec}, {@code io}, {@code run}, {@code report}, {@code core}, Jackson, the JDK
 * (including {@code com.sun.net.httpserver}). Never imports {@code cli} and never prints: the
 * command line prints the address and stops the server.
 */
package org.tradetarget.scenarios.serve;
