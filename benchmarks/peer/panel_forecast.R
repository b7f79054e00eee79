#!/usr/bin/env Rscript
# R forecast peer of the panel backtest (`tradetarget backtest --panel FILE --panel-format long`):
# the same kinds fitted to the same series at the same rolling origins, with forecast's functions
# as an R user would call them, on x = ln(value):
#   rw-drift     rwf(x, drift = TRUE, h = H, level = c(50, 80, 95))
#   log-linear   forecast(tslm(x ~ trend), h = H, level = c(50, 80, 95))
#   holt         forecast(ets(x, model = "AAN", damped = FALSE), h = H, level = c(50, 80, 95))
#   holt-damped  forecast(ets(x, model = "AAN", damped = TRUE), h = H, level = c(50, 80, 95))
#   arima        forecast(Arima(x, order = c(1, 1, 0), include.drift = TRUE), h = H, level = ...)
# Origins: every year from the min-train-th point of a series to its second-to-last; H = min(10,
# years left). A fit R refuses (too few points, a failed optimisation) is counted, not retried.
# Prints the fits made and refused, the elapsed seconds and fits per second (one R process, one
# core). Needs r-base-core and r-cran-forecast; not used by the build or the tests.
#
#   Rscript benchmarks/peer/panel_forecast.R /tmp/cow-sample.csv 3 10
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
min_train <- if (length(args) >= 2) as.integer(args[2]) else 3L
horizon <- if (length(args) >= 3) as.integer(args[3]) else 10L
panel <- read.csv(file, colClasses = c("character", "integer", "numeric"))
series <- split(panel, panel$series)
levels <- c(50, 80, 95)
fits <- c(`rw-drift` = function(x, h) rwf(x, drift = TRUE, h = h, level = levels),
          `log-linear` = function(x, h) forecast(tslm(x ~ trend), h = h, level = levels),
          holt = function(x, h) forecast(ets(x, model = "AAN", damped = FALSE), h = h, level = levels),
          `holt-damped` = function(x, h) forecast(ets(x, model = "AAN", damped = TRUE), h = h, level = levels),
          arima = function(x, h) forecast(Arima(x, order = c(1, 1, 0), include.drift = TRUE), h = h, level = levels))
made <- setNames(integer(length(fits)), names(fits))
refused <- made
origins <- 0L
start <- proc.time()[["elapsed"]]
for (s in series) {
  s <- s[order(s$year), ]
  n <- nrow(s)
  if (n < min_train + 1) next
  for (o in min_train:(n - 1)) {
    x <- ts(log(s$value[1:o]), start = s$year[1])
    h <- min(horizon, n - o)
    origins <- origins + 1L
    for (k in names(fits)) {
      ok <- tryCatch({ fits[[k]](x, h); TRUE }, error = function(e) FALSE, warning = function(w) TRUE)
      if (ok) made[[k]] <- made[[k]] + 1L else refused[[k]] <- refused[[k]] + 1L
    }
  }
}
elapsed <- proc.time()[["elapsed"]] - start
cat(sprintf("series %d, origins %d, fits %d, refused %d, seconds %.2f, fits per second %.1f\n",
            length(series), origins, sum(made), sum(refused), elapsed, sum(made) / elapsed))
for (k in names(fits)) cat(sprintf("  %-12s made %6d refused %6d\n", k, made[[k]], refused[[k]]))
cat(R.version.string, "; forecast", as.character(packageVersion("forecast")), "\n")
