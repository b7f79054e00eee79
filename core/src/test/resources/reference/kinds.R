# Reference values for tradetarget's naive and theta kinds and for holt-damped fits that need
# restarts. Run from this folder:  Rscript kinds.R
# Reads ../../../../../seeds/trade-history.csv (the bundled corridors), airmiles.csv, synth_a.csv and
# ets-hard-input.csv; writes corridor_*.csv, synth_theta.csv, ets_hard.csv, expected-kinds.csv and
# sessionInfo-kinds.txt. Needs R and the forecast package (Debian: r-base-core, r-cran-forecast).
suppressPackageStartupMessages(library(forecast))
out <- data.frame(case_id = character(), series = character(), method = character(),
                  quantity = character(), h = character(), value = character(),
                  stringsAsFactors = FALSE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
# a series written with 17 significant digits and read back, so that R fits exactly what the tests read
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

# The bundled corridors: the default total-trade rows of seeds/trade-history.csv, their consecutive
# run ending at the last year (what the recursive kinds fit on).
seeds <- read.csv("../../../../../seeds/trade-history.csv", stringsAsFactors = FALSE)
corridor <- function(id, file) {
  d <- seeds[seeds$corridor == id & seeds$flow == "total" & seeds$default %in% c(TRUE, "true"), ]
  d <- d[order(d$year), ]
  k <- length(d$year)
  while (k > 1 && d$year[k - 1] == d$year[k] - 1) k <- k - 1
  d <- d[k:length(d$year), ]
  roundtrip(d$year, d$value_usd_million, file)
}
series <- list(
  airmiles = read.csv("airmiles.csv"),
  synth_a = read.csv("synth_a.csv"),
  vn_la = corridor("VN-LA", "corridor_vn_la.csv"),
  vn_kh = corridor("VN-KH", "corridor_vn_kh.csv"),
  kh_la = corridor("KH-LA", "corridor_kh_la.csv"),
  # R datasets, as year,value with t = 1..n placed on consecutive years
  nile = roundtrip(1871:1970, as.numeric(Nile), "nile.csv"),
  lakehuron = roundtrip(1875:1972, as.numeric(LakeHuron), "lakehuron.csv"),
  wwwusage = roundtrip(1901:2000, as.numeric(WWWusage), "wwwusage.csv"))
# A synthetic trend with smoothed noise: ln y = 6 + 0.04 t + e, e an AR(1) with 0.6, sd 0.08, 2001-2024.
set.seed(11)
e <- as.numeric(arima.sim(list(ar = 0.6), n = 24, sd = 0.08))
series$synth_theta <- roundtrip(2001:2024, exp(6 + 0.04 * (1:24) + e), "synth_theta.csv")

for (s in names(series)) {
  x <- ts(log(series[[s]]$value))
  n <- length(x)
  # naive = rwf(drift = FALSE); sigma from its residuals; loglik and AICc of Arima(0,1,0)
  f <- naive(x, h = H, level = c(80, 95))
  m <- "naive"
  add(s, m, "param_sigma", NA, sqrt(f$model$sigma2))
  if (n > 3) {
    a <- Arima(x, order = c(0, 1, 0))
    add(s, m, "param_loglik", NA, a$loglik)
    add(s, m, "param_aicc", NA, a$aicc)
  }
  add_forecast(s, m, f)
  # theta = thetaf; the SES inside is ses(x) = ets(x, "ANN", opt.crit = "mse"), needing n > 6
  if (n > 6) {
    m <- "thetaf"
    sm <- ses(x, h = H)$model
    f <- thetaf(x, h = H, level = c(80, 95))
    add(s, m, "param_alpha", NA, sm$par[["alpha"]])
    add(s, m, "param_l0", NA, sm$par[["l"]])
    add(s, m, "param_mse", NA, sm$mse)
    add(s, m, "param_drift", NA, f$model$drift)
    add(s, m, "param_sigma", NA, sqrt(f$model$sigma))
    add_forecast(s, m, f)
  }
}

# Ljung-Box test of the log differences (the naive kind's residuals), as checkresiduals() would run
# it for a model with one fitted parameter: lag = min(10, round(n / 5)) of the m = n - 1 residuals
# (at least 2 more than fitdf), fitdf = 1.
for (s in names(series)) {
  d <- diff(log(series[[s]]$value))
  lag <- max(min(10, round(length(d) / 5)), 3)
  if (length(d) > lag + 2) {
    b <- Box.test(d, lag = lag, type = "Ljung-Box", fitdf = 1)
    m <- "ljung_box_diff"
    add(s, m, "param_statistic", NA, b$statistic[[1]])
    add(s, m, "param_lag", NA, lag)
    add(s, m, "param_df", NA, b$parameter[[1]])
    add(s, m, "param_p", NA, b$p.value)
  }
}

# holt-damped fits on which Nelder-Mead from ets's start needs more than 2000 evaluations
# (synthetic series): ets keeps the point reached after 2000 evaluations; its log-likelihood is
# the value the library's restarted search must reach or beat.
hard <- read.csv("ets-hard-input.csv", stringsAsFactors = FALSE)
for (s in unique(hard$series)) {
  x <- ts(log(hard$value[hard$series == s]))
  f <- ets(x, model = "AAN", damped = TRUE)
  add(s, "ets_AAdN", "param_loglik", NA, f$loglik)
  add(s, "ets_AAdN", "param_alpha", NA, f$par[["alpha"]])
  add(s, "ets_AAdN", "param_phi", NA, f$par[["phi"]])
}
write.csv(out, "expected-kinds.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), "sessionInfo-kinds.txt")
