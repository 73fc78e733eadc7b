-- wrk script for bench/run: after the run, one line with requests per second, the 50th, 95th
-- and 99th percentile latency in milliseconds, non-2xx/3xx answers and socket errors.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
