# Reference values for tradetarget's regressors and break dummies: regression with ARIMA errors
# (forecast::Arima(x, order, xreg = X), default CSS-ML) and the log-linear trend with regressors
# (tslm(log(y) ~ trend + z), intervals from predict.lm). Run from this folder:  Rscript xreg.R
# Reads corridor_vn_la.csv and corridor_vn_kh.csv; writes synth_xreg.csv (series),
# xreg_synth.csv (its regressor, fitted years and horizon), expected-xreg.csv and
# sessionInfo-xreg.txt. Needs R and the forecast package (Debian: r-base-core, r-cran-forecast).
suppressPackageStartupMessages(library(forecast))
out <- data.frame(case_id = character(), series = character(), method = character(),
                  quantity = character(), h = character(), value = character(),
                  stringsAsFactors = FALSE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
add <- function(series, method, quantity, h, value) {
  out[nrow(out) + 1, ] <<- list(paste0(series, "__", method), series, method, quantity,
                                ifelse(is.na(h), "", as.character(h)), fmt(value))
}
H <- 10
add_forecast <- function(series, method, fc) {
  lp <- as.numeric(fc$mean)
  lo80 <- as.numeric(fc$lower[, 1]); hi80 <- as.numeric(fc$upper[, 1])
  lo95 <- as.numeric(fc$lower[, 2]); hi95 <- as.numeric(fc$upper[, 2])
  for (h in 1:H) {
    add(series, method, "point", h, exp(lp[h]))
    add(series, method, "log_point", h, lp[h])
    add(series, method, "lo80", h, exp(lo80[h])); add(series, method, "hi80", h, exp(hi80[h]))
    add(series, method, "lo95", h, exp(lo95[h])); add(series, method, "hi95", h, exp(hi95[h]))
  }
}

# A synthetic series driven by a GDP-growth-like regressor (percent), with a 2009 pulse and a 2015
# step: ln y_t = 6 + 0.04 t + 0.03 g_t - 0.15 pulse2009 + 0.20 step2015 + u_t, u an AR(1) with
# coefficient 0.5 and sd 0.04; g_t = 5 + AR(1) (0.6, sd 1.5). Fitted years 1995-2024, horizon
# 2025-2034. Both files are written with 17 significant digits and read back before fitting.
set.seed(21)
years <- 1995:2034
n <- 30
g <- 5 + as.numeric(arima.sim(list(ar = 0.6), n = length(years), sd = 1.5))
u <- as.numeric(arima.sim(list(ar = 0.5), n = n, sd = 0.04))
t <- seq_len(n)
lv <- 6 + 0.04 * t + 0.03 * g[1:n] - 0.15 * (years[1:n] == 2009) + 0.20 * (years[1:n] >= 2015) + u
writeLines(c("year,gdp_growth", paste0(years, ",", fmt(g))), "xreg_synth.csv")
writeLines(c("year,value", paste0(years[1:n], ",", fmt(exp(lv)))), "synth_xreg.csv")
zfile <- read.csv("xreg_synth.csv")
series <- list(synth_xreg = read.csv("synth_xreg.csv"),
               vn_la = read.csv("corridor_vn_la.csv"),
               vn_kh = read.csv("corridor_vn_kh.csv"))

# The regressors of a case over the years given: the file's columns, then the dummies.
design <- function(yrs, cols, dummies) {
  m <- NULL
  nm <- character()
  for (c in cols) {
    m <- cbind(m, zfile[[c]][match(yrs, zfile$year)])
    nm <- c(nm, c)
  }
  for (d in dummies) {
    kind <- sub(":.*", "", d); yr <- as.integer(sub(".*:", "", d))
    m <- cbind(m, if (kind == "pulse") as.numeric(yrs == yr) else as.numeric(yrs >= yr))
    nm <- c(nm, paste0(kind, yr))
  }
  colnames(m) <- nm
  m
}

cases <- list(
  list(s = "synth_xreg", kind = "arima", o = c(1, 1, 0), drift = TRUE, cols = "gdp_growth", dummies = character()),
  list(s = "synth_xreg", kind = "arima", o = c(0, 1, 1), drift = TRUE, cols = "gdp_growth", dummies = c("pulse:2009", "step:2015")),
  list(s = "synth_xreg", kind = "arima", o = c(1, 0, 0), drift = TRUE, cols = "gdp_growth", dummies = c("pulse:2009", "step:2015")),
  list(s = "synth_xreg", kind = "arima", o = c(1, 1, 0), drift = FALSE, cols = character(), dummies = c("step:2015")),
  list(s = "synth_xreg", kind = "tslm", cols = "gdp_growth", dummies = character()),
  list(s = "synth_xreg", kind = "tslm", cols = "gdp_growth", dummies = c("pulse:2009", "step:2015")),
  list(s = "vn_la", kind = "arima", o = c(1, 1, 0), drift = TRUE, cols = character(), dummies = "pulse:2020"),
  list(s = "vn_kh", kind = "arima", o = c(1, 1, 0), drift = TRUE, cols = character(), dummies = "pulse:2020"),
  list(s = "vn_kh", kind = "arima", o = c(0, 1, 1), drift = TRUE, cols = character(), dummies = "pulse:2020"),
  list(s = "vn_la", kind = "tslm", cols = character(), dummies = "pulse:2020"),
  list(s = "vn_kh", kind = "tslm", cols = character(), dummies = "pulse:2020"))

for (cs in cases) {
  d <- series[[cs$s]]
  x <- ts(log(d$value))
  n <- length(x)
  X <- design(d$year, cs$cols, cs$dummies)
  Xf <- design(max(d$year) + 1:H, cs$cols, cs$dummies)
  tag <- paste(c(cs$cols, sub(":", "", cs$dummies)), collapse = "_")
  if (cs$kind == "arima") {
    o <- cs$o
    m <- paste0("xreg_arima_", o[1], "_", o[2], "_", o[3], if (cs$drift) "_drift" else "", "__", tag)
    f <- Arima(x, order = o, include.drift = cs$drift, include.mean = TRUE, xreg = X)
    cf <- coef(f)
    se <- sqrt(diag(f$var.coef))
    for (nm in names(cf)) {
      add(cs$s, m, paste0("coef_", nm), NA, cf[[nm]])
      add(cs$s, m, paste0("se_", nm), NA, se[[nm]])
    }
    add(cs$s, m, "param_loglik", NA, f$loglik)
    add(cs$s, m, "param_aic", NA, f$aic)
    add(cs$s, m, "param_aicc", NA, f$aicc)
    add(cs$s, m, "param_bic", NA, f$bic)
    add(cs$s, m, "param_sigma2", NA, f$sigma2)
    add_forecast(cs$s, m, forecast(f, xreg = Xf, h = H, level = c(80, 95)))
  } else {
    m <- paste0("xreg_tslm__", tag)
    df <- data.frame(X)
    y <- x
    fml <- as.formula(paste("y ~ trend +", paste(colnames(X), collapse = " + ")))
    f <- tslm(fml, data = df)
    cf <- coef(f)
    se <- sqrt(diag(vcov(f)))
    names(cf)[1] <- "intercept"; names(se)[1] <- "intercept"
    for (nm in names(cf)) {
      add(cs$s, m, paste0("coef_", nm), NA, cf[[nm]])
      add(cs$s, m, paste0("se_", nm), NA, se[[nm]])
    }
    ll <- logLik(f)
    add(cs$s, m, "param_loglik", NA, as.numeric(ll))
    add(cs$s, m, "param_aic", NA, AIC(f))
    add(cs$s, m, "param_bic", NA, BIC(f))
    add(cs$s, m, "param_sigma2", NA, summary(f)$sigma^2)
    lag <- max(3, min(10, round(n / 5)))
    b <- Box.test(residuals(f), lag = lag, type = "Ljung-Box")
    add(cs$s, m, "lb_statistic", NA, b$statistic[[1]])
    add(cs$s, m, "lb_lag", NA, lag)
    add_forecast(cs$s, m, forecast(f, newdata = data.frame(Xf), h = H, level = c(80, 95)))
  }
}
write.csv(out, "expected-xreg.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), "sessionInfo-xreg.txt")
