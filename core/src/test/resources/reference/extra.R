# Reference values for tradetarget's model tests, beyond ../expected.csv:
#   ARIMA(2,1,0) with drift, ETS fits whose optimum is interior (no parameter on a bound), and
#   logistic-curve prediction intervals with parameter-estimation terms (delta method).
# Run from this folder:  Rscript extra.R   (writes expected-extra.csv, synth_ets.csv, synth_logis.csv,
# sessionInfo-extra.txt). Needs R and the forecast package (Debian: r-base-core, r-cran-forecast).
suppressPackageStartupMessages(library(forecast))
out <- data.frame(case_id = character(), series = character(), method = character(),
                  quantity = character(), h = character(), value = character(),
                  stringsAsFactors = FALSE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
# a series written with 17 significant digits and read back, so that R fits exactly what the tests read
roundtrip <- function(year, value, file) {
  writeLines(c("year,value", paste0(year, ",", fmt(value))), file)
  read.csv(file)$value
}
add <- function(series, method, quantity, h, value) {
  out[nrow(out) + 1, ] <<- list(paste0(series, "__", method), series, method, quantity,
                                ifelse(is.na(h), "", as.character(h)), fmt(value))
}
read_series <- function(file) read.csv(file)
H <- 10

# forecasts of a log-scale model: point = exp(mean), bounds exp(mean ± z·se) from forecast()'s output
add_forecast <- function(series, method, fc) {
  lp <- as.numeric(fc$mean)
  lo80 <- as.numeric(fc$lower[, 1]); hi80 <- as.numeric(fc$upper[, 1])
  lo95 <- as.numeric(fc$lower[, 2]); hi95 <- as.numeric(fc$upper[, 2])
  se <- (hi95 - lp) / qnorm(0.975)
  for (h in 1:H) {
    add(series, method, "point", h, exp(lp[h]))
    add(series, method, "log_point", h, lp[h])
    add(series, method, "log_se", h, se[h])
    add(series, method, "lo80", h, exp(lo80[h])); add(series, method, "hi80", h, exp(hi80[h]))
    add(series, method, "lo95", h, exp(lo95[h])); add(series, method, "hi95", h, exp(hi95[h]))
  }
}

# 1. ARIMA(2,1,0) with drift on log values, CSS-ML (Arima's default)
for (s in c("airmiles", "synth_a")) {
  d <- read_series(paste0(s, ".csv"))
  x <- ts(log(d$value))
  fit <- Arima(x, order = c(2, 1, 0), include.drift = TRUE)
  m <- "arima210_drift"
  add(s, m, "param_ar1", NA, coef(fit)[["ar1"]])
  add(s, m, "param_ar2", NA, coef(fit)[["ar2"]])
  add(s, m, "param_drift", NA, coef(fit)[["drift"]])
  add(s, m, "param_se_drift", NA, sqrt(diag(fit$var.coef))[["drift"]])
  add(s, m, "param_sigma2", NA, fit$sigma2)
  add(s, m, "param_loglik", NA, fit$loglik)
  add(s, m, "param_aicc", NA, fit$aicc)
  add_forecast(s, m, forecast(fit, h = H, level = c(80, 95)))
}

# 2. ETS with interior optima. A synthetic log series from the ETS(A,A,N) recursion with
#    alpha = 0.6, beta = 0.12 (ETS form), sigma = 0.05, l0 = 5, b0 = 0.08, 30 years from 1995; the first
#    seed from 1 up whose AAN and AAdN fits both have every smoothing parameter at least 0.02 away
#    from R's bounds (alpha in [1e-4, 0.9999], beta in [1e-4, alpha], phi in [0.8, 0.98]).
interior <- function(f, damped) {
  p <- f$par; a <- p[["alpha"]]; b <- p[["beta"]]
  ok <- a > 0.02 && a < 0.9999 - 0.02 && b > 0.02 && b < a - 0.02
  if (damped) ok <- ok && p[["phi"]] > 0.82 && p[["phi"]] < 0.96
  ok
}
found <- FALSE
for (seed in 1:500) {
  set.seed(seed)
  n <- 30; l <- 5; b <- 0.08; x <- numeric(n)
  for (t in 1:n) { e <- rnorm(1, 0, 0.05); x[t] <- l + b + e; l <- l + b + 0.6 * e; b <- b + 0.12 * e }
  x <- log(roundtrip(1994 + (1:n), exp(x), "synth_ets.csv"))
  f1 <- ets(ts(x), model = "AAN", damped = FALSE)
  f2 <- ets(ts(x), model = "AAN", damped = TRUE)
  if (interior(f1, FALSE) && interior(f2, TRUE)) { found <- TRUE; break }
}
stopifnot(found)
add("synth_ets", "ets_seed", "param_seed", NA, seed)
for (k in list(list(f1, "ets_AAN_interior"), list(f2, "ets_AAdN_interior"))) {
  f <- k[[1]]; m <- k[[2]]; p <- f$par
  add("synth_ets", m, "param_alpha", NA, p[["alpha"]])
  add("synth_ets", m, "param_beta", NA, p[["beta"]])
  add("synth_ets", m, "param_beta_star", NA, p[["beta"]] / p[["alpha"]])
  if (!is.null(p["phi"]) && !is.na(p["phi"])) add("synth_ets", m, "param_phi", NA, p[["phi"]])
  add("synth_ets", m, "param_l0", NA, p[["l"]]); add("synth_ets", m, "param_b0", NA, p[["b"]])
  add("synth_ets", m, "param_sigma", NA, sqrt(f$sigma2))
  add("synth_ets", m, "param_loglik", NA, f$loglik)
  add("synth_ets", m, "param_aicc", NA, f$aicc)
  add("synth_ets", m, "param_mse", NA, f$mse)
  add_forecast("synth_ets", m, forecast(f, h = H, level = c(80, 95)))
}

# 3. Logistic curve on the values, nonlinear least squares, delta-method prediction intervals:
#    y = K / (1 + exp(-r (year - t0))) + e; synthetic data K = 1000, r = 0.35, t0 = 2012, sd 15,
#    years 2000-2024, set.seed(7). se_h^2 = s^2 + g' V g with V = vcov(nls) in (K, r, t0) and
#    g the gradient at the forecast year; bounds yhat ± qt(level, n - 3) se_h (none fall below 0).
set.seed(7)
yr <- 2000:2024
y <- 1000 / (1 + exp(-0.35 * (yr - 2012))) + rnorm(length(yr), 0, 15)
y <- roundtrip(yr, y, "synth_logis.csv")
st <- coef(nls(y ~ SSlogis(yr, Asym, xmid, scal)))
fit <- nls(y ~ K / (1 + exp(-r * (yr - t0))),
           start = list(K = st[["Asym"]], r = 1 / st[["scal"]], t0 = st[["xmid"]]),
           control = nls.control(maxiter = 200))
cf <- coef(fit); V <- vcov(fit); s <- summary(fit)$sigma; df <- length(yr) - 3
m <- "logistic_nls_delta"
add("synth_logis", m, "param_capacity", NA, cf[["K"]])
add("synth_logis", m, "param_rate", NA, cf[["r"]])
add("synth_logis", m, "param_midpoint", NA, cf[["t0"]])
add("synth_logis", m, "param_sigma", NA, s)
add("synth_logis", m, "param_loglik", NA, as.numeric(logLik(fit)))
for (h in 1:H) {
  t <- 2024 + h; e <- exp(-cf[["r"]] * (t - cf[["t0"]]))
  yhat <- cf[["K"]] / (1 + e)
  g <- c(1 / (1 + e), cf[["K"]] * (t - cf[["t0"]]) * e / (1 + e)^2, -cf[["K"]] * cf[["r"]] * e / (1 + e)^2)
  se <- sqrt(s^2 + as.numeric(t(g) %*% V %*% g))
  add("synth_logis", m, "point", h, yhat)
  add("synth_logis", m, "se", h, se)
  add("synth_logis", m, "lo80", h, yhat - qt(0.9, df) * se); add("synth_logis", m, "hi80", h, yhat + qt(0.9, df) * se)
  add("synth_logis", m, "lo95", h, yhat - qt(0.975, df) * se); add("synth_logis", m, "hi95", h, yhat + qt(0.975, df) * se)
}
write.csv(out, "expected-extra.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), "sessionInfo-extra.txt")
