# Reference values for tradetarget's estimation tables (project --summary) of the kinds other than
# arima (whose tables arima.R records). Run from this folder:  Rscript summary.R
# Reads airmiles.csv, synth_a.csv, corridor_*.csv, nile.csv, lakehuron.csv, wwwusage.csv,
# synth_theta.csv and lynx.csv; writes expected-summary.csv and sessionInfo-summary.txt. Needs R and the
# forecast package (Debian: r-base-core, r-cran-forecast).
suppressPackageStartupMessages(library(forecast))
out <- data.frame(case_id = character(), series = character(), method = character(),
                  quantity = character(), h = character(), value = character(),
                  stringsAsFactors = FALSE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
# Values that are not finite (an AICc with too few points) are left out.
add <- function(series, method, quantity, value) {
  if (!is.finite(value)) return(invisible())
  out[nrow(out) + 1, ] <<- list(paste0(series, "__", method), series, method, quantity, "",
                                fmt(value))
}
# The Ljung-Box test exactly as checkresiduals runs it (its own lag and df rules); nothing when
# the lag it chooses is not below the number of residuals.
add_lb <- function(s, m, fit, test = "LB") {
  n <- length(residuals(fit))
  printed <- NULL
  b <- tryCatch({
    printed <- capture.output(r <- checkresiduals(fit, test = test, plot = FALSE))
    r
  }, error = function(e) NULL)
  if (is.null(b)) return(invisible())
  # checkresiduals prints "Model df: 2.   Total lags used: 5"
  used <- grep("Total lags used", printed, value = TRUE)
  lag <- as.numeric(sub(".*Total lags used: *", "", used))
  if (lag >= n) return(invisible())
  add(s, m, "lb_statistic", b$statistic[[1]])
  add(s, m, "lb_lag", lag)
  add(s, m, "lb_df", b$parameter[[1]])
  add(s, m, "lb_p", b$p.value)
}
add_criteria <- function(s, m, loglik, aic, aicc, bic, sigma2) {
  add(s, m, "param_loglik", loglik)
  add(s, m, "param_aic", aic)
  add(s, m, "param_aicc", aicc)
  add(s, m, "param_bic", bic)
  add(s, m, "param_sigma2", sigma2)
}
series <- list(
  airmiles = read.csv("airmiles.csv"),
  synth_a = read.csv("synth_a.csv"),
  vn_la = read.csv("corridor_vn_la.csv"),
  vn_kh = read.csv("corridor_vn_kh.csv"),
  kh_la = read.csv("corridor_kh_la.csv"),
  nile = read.csv("nile.csv"),
  lakehuron = read.csv("lakehuron.csv"),
  wwwusage = read.csv("wwwusage.csv"),
  synth_theta = read.csv("synth_theta.csv"),
  lynx = read.csv("lynx.csv"))

for (s in names(series)) {
  x <- ts(log(series[[s]]$value))
  n <- length(x)
  # rw-drift and naive: ARIMA(0,1,0) with and without drift (default method CSS-ML).
  for (drift in c(TRUE, FALSE)) {
    m <- if (drift) "rw_drift" else "naive"
    f <- Arima(x, order = c(0, 1, 0), include.drift = drift)
    if (drift) {
      add(s, m, "coef_drift", coef(f)[["drift"]])
      add(s, m, "se_drift", sqrt(f$var.coef[1, 1]))
    }
    add_criteria(s, m, f$loglik, f$aic, f$aicc, f$bic, f$sigma2)
    add_lb(s, m, f)
  }
  # arima's default AR(p) fits: ARIMA(1,1,0) and ARIMA(2,1,0) with drift.
  for (p in 1:2) {
    if (n < p + 6) next
    m <- paste0("ar", p, "_drift")
    f <- Arima(x, order = c(p, 1, 0), include.drift = TRUE)
    se <- sqrt(diag(f$var.coef))
    for (nm in names(coef(f))) {
      add(s, m, paste0("coef_", nm), coef(f)[[nm]])
      add(s, m, paste0("se_", nm), se[[nm]])
    }
    add_criteria(s, m, f$loglik, f$aic, f$aicc, f$bic, f$sigma2)
    add_lb(s, m, f)
  }
  # log-linear: lm(x ~ t), t = 1..n; summary(lm) gives t values and p from t with n - 2 df.
  # lm has no AICc: AIC + 2k(k + 1)/(n - k - 1), k = 3 (intercept, slope, variance).
  # checkresiduals runs Breusch-Godfrey on an lm by default; test = "LB" gives its Ljung-Box test
  # (df = 2 coefficients).
  t <- seq_len(n)
  xv <- as.numeric(x)
  l <- lm(xv ~ t)
  ct <- coef(summary(l))
  for (i in 1:2) {
    nm <- c("intercept", "trend")[i]
    add(s, "loglinear_lm", paste0("coef_", nm), ct[i, 1])
    add(s, "loglinear_lm", paste0("se_", nm), ct[i, 2])
    add(s, "loglinear_lm", paste0("t_", nm), ct[i, 3])
    add(s, "loglinear_lm", paste0("p_", nm), ct[i, 4])
  }
  ll <- as.numeric(logLik(l))
  add_criteria(s, "loglinear_lm", ll, AIC(l), AIC(l) + 2 * 3 * 4 / (n - 3 - 1), BIC(l),
               summary(l)$sigma^2)
  add_lb(s, "loglinear_lm", l, test = "LB")
  # holt and holt-damped: ets AAN and AAdN (fitted only when n > parameters + 4).
  for (damped in c(FALSE, TRUE)) {
    if (n < (if (damped) 10 else 9)) next
    m <- if (damped) "ets_AAdN" else "ets_AAN"
    e <- ets(x, model = "AAN", damped = damped)
    for (nm in names(e$par)) add(s, m, paste0("coef_", nm), e$par[[nm]])
    add_criteria(s, m, e$loglik, e$aic, e$aicc, e$bic, e$sigma2)
    add_lb(s, m, e)
  }
  # ets-auto when it chooses ETS(A,N,N): ets(x, "ANN") (fitted when n >= 7, as ets(model = "AZN")
  # fits by maximum likelihood), and whether ets(x, "AZN") itself chooses it (azn_chooses_ann 1/0).
  if (n >= 7) {
    e <- ets(x, model = "ANN")
    for (nm in names(e$par)) add(s, "ets_ANN", paste0("coef_", nm), e$par[[nm]])
    add_criteria(s, "ets_ANN", e$loglik, e$aic, e$aicc, e$bic, e$sigma2)
    add_lb(s, "ets_ANN", e)
    add(s, "ets_ANN", "azn_chooses_ann", as.numeric(ets(x, model = "AZN")$method == "ETS(A,N,N)"))
  }
}
write.csv(out, "expected-summary.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), "sessionInfo-summary.txt")
