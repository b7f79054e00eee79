# Reference values for tradetarget's ARIMA(p,d,q) fits, estimation tables and the automatic
# selectors. Run from this folder:  Rscript arima.R
# Reads airmiles.csv, synth_a.csv, corridor_*.csv, nile.csv, lakehuron.csv, wwwusage.csv and
# synth_theta.csv (written by kinds.R); writes lynx.csv, auto-series.csv, expected-arima.csv and
# sessionInfo-arima.txt. Needs R and the forecast package (Debian: r-base-core, r-cran-forecast).
suppressPackageStartupMessages(library(forecast))
out <- data.frame(case_id = character(), series = character(), method = character(),
                  quantity = character(), h = character(), value = character(),
                  stringsAsFactors = FALSE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
roundtrip <- function(year, value, file) {
  writeLines(c("year,value", paste0(year, ",", fmt(value))), file)
  read.csv(file)
}
add <- function(series, method, quantity, h, value) {
  out[nrow(out) + 1, ] <<- list(paste0(series, "__", method), series, method, quantity,
                                ifelse(is.na(h), "", as.character(h)), fmt(value))
}
H <- 10
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
series <- list(
  airmiles = read.csv("airmiles.csv"),
  synth_a = read.csv("synth_a.csv"),
  vn_la = read.csv("corridor_vn_la.csv"),
  vn_kh = read.csv("corridor_vn_kh.csv"),
  nile = read.csv("nile.csv"),
  lakehuron = read.csv("lakehuron.csv"),
  wwwusage = read.csv("wwwusage.csv"),
  synth_theta = read.csv("synth_theta.csv"),
  lynx = roundtrip(1821:1934, as.numeric(lynx), "lynx.csv"))

# Fitted models: forecast::Arima(x, order, include.mean / include.drift), default method CSS-ML.
orders <- list(c(1, 1, 1), c(0, 1, 1), c(2, 1, 1), c(1, 0, 1), c(2, 0, 0), c(0, 2, 1),
               c(1, 1, 2), c(3, 1, 0), c(0, 0, 2), c(1, 2, 0))
for (s in names(series)) {
  x <- ts(log(series[[s]]$value))
  n <- length(x)
  for (o in orders) {
    drift <- o[2] == 1
    k <- o[1] + o[3] + as.integer(o[2] <= 1)
    if (n < o[2] + k + 6) next
    f <- tryCatch(Arima(x, order = o, include.drift = drift, include.mean = TRUE),
                  error = function(e) NULL)
    if (is.null(f)) next
    m <- paste0("arima_", o[1], "_", o[2], "_", o[3])
    cf <- coef(f)
    se <- sqrt(diag(f$var.coef))
    for (nm in names(cf)) {
      add(s, m, paste0("coef_", nm), NA, cf[[nm]])
      add(s, m, paste0("se_", nm), NA, se[[nm]])
    }
    add(s, m, "param_loglik", NA, f$loglik)
    add(s, m, "param_aic", NA, f$aic)
    add(s, m, "param_aicc", NA, f$aicc)
    add(s, m, "param_bic", NA, f$bic)
    add(s, m, "param_sigma2", NA, f$sigma2)
    df <- o[1] + o[3]
    lag <- max(df + 3, min(10, round(length(residuals(f)) / 5)))
    b <- Box.test(residuals(f), lag = lag, type = "Ljung-Box", fitdf = df)
    add(s, m, "lb_statistic", NA, b$statistic[[1]])
    add(s, m, "lb_lag", NA, lag)
    add(s, m, "lb_df", NA, b$parameter[[1]])
    add(s, m, "lb_p", NA, b$p.value)
    add_forecast(s, m, forecast(f, h = H, level = c(80, 95)))
  }
}

# Automatic selection on the series above and on synthetic ones: ARIMA and ETS laws on ln(value),
# seeded, 24 to 60 years each.
set.seed(2024)
laws <- list(list(ar = 0.5), list(ma = 0.6), list(ar = c(0.5, -0.3)), list(ar = 0.7, ma = -0.4),
             list(), list(ma = c(0.4, 0.3)), list(ar = -0.5), list(ar = 0.3, ma = 0.5))
auto <- list()
for (i in 1:32) {
  law <- laws[[(i - 1) %% length(laws) + 1]]
  n <- c(24, 30, 40, 60)[(i - 1) %% 4 + 1]
  d <- (i %/% 3) %% 3
  e <- as.numeric(arima.sim(law, n = n + 2, sd = 0.05 + 0.01 * (i %% 5)))
  v <- if (d == 0) e else if (d == 1) cumsum(e + 0.03) else cumsum(cumsum(e * 0.3 + 0.001))
  v <- v[3:(n + 2)]
  auto[[sprintf("auto_%02d", i)]] <- data.frame(year = 1990 + seq_len(n) - 1,
                                                value = as.numeric(fmt(exp(5 + v))))
}
lines <- "series_id,year,value"
for (s in names(auto)) {
  lines <- c(lines, paste0(s, ",", auto[[s]]$year, ",", fmt(auto[[s]]$value)))
}
writeLines(lines, "auto-series.csv")
auto <- c(series, auto)
for (s in names(auto)) {
  x <- ts(log(auto[[s]]$value))
  a <- auto.arima(x, seasonal = FALSE, stepwise = FALSE, approximation = FALSE,
                  max.p = 3, max.q = 3)
  o <- arimaorder(a)
  add(s, "auto_arima", "p", NA, o[["p"]])
  add(s, "auto_arima", "d", NA, o[["d"]])
  add(s, "auto_arima", "q", NA, o[["q"]])
  add(s, "auto_arima", "drift", NA, as.integer("drift" %in% names(coef(a))))
  add(s, "auto_arima", "mean", NA, as.integer("intercept" %in% names(coef(a))))
  add(s, "auto_arima", "param_aicc", NA, a$aicc)
  e <- ets(x, model = "AZN")
  add(s, "ets_auto", "trend", NA, as.integer(e$components[2] == "A"))
  add(s, "ets_auto", "damped", NA, as.integer(e$components[4] == "TRUE"))
  add(s, "ets_auto", "param_aicc", NA, e$aicc)
}
write.csv(out, "expected-arima.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), "sessionInfo-arima.txt")
