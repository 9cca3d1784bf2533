-- The wrk script of the benchmarks (run by lib.sh's wrk_run; see benchmarks/README.md). Every request carries the
-- bearer token; what is sent is chosen by environment variables:
--   BENCH_TOKEN   the access token (required)
--   BENCH_BODY    a file whose content every request POSTs as JSON; without it, requests GET
--   BENCH_IDS     a file of ids, one a line: each GET goes to <the URL's path>/<id>, round robin
--   BENCH_RATE    requests a second over all threads, paced evenly (without it: as fast as the connections go)
--   BENCH_THREADS the threads (-t) the rate is shared by
--   BENCH_LOG     a file prefix: each thread appends "<id> <epoch ms>" for every 201 whose body names an id, the
--                 time the answer arrived (events.sh joins it with what the databases recorded)
-- done() prints one line that wrk_run reads:
--   wrk-result <requests> <seconds> <non-2xx/3xx> <socket errors> <p50 ms> <p99 ms> <max ms>
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local clock = ffi.new("bench_timeval")
local function now_ms()
  ffi.C.gettimeofday(clock, nil)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_usec) / 1000
end

local function read_file(name)
  local file = assert(io.open(name, "rb"))
  local content = file:read("*a")
  file:close()
  return content
end

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

local headers = { ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set") }
local method, body = "GET", nil
if os.getenv("BENCH_BODY") then
  method, body = "POST", read_file(os.getenv("BENCH_BODY"))
  headers["Content-Type"] = "application/json"
end
local ids, next_id = nil, 1
if os.getenv("BENCH_IDS") then
  ids = {}
  for id in read_file(os.getenv("BENCH_IDS")):gmatch("[^\n]+") do ids[#ids + 1] = id end
  assert(#ids > 0, "BENCH_IDS names no id")
end
local fixed = nil

function init(args)
  next_id = 1 + ((thread_number or 0) * 7919) % (ids and #ids or 1)
  if not ids then fixed = wrk.format(method, wrk.path, headers, body) end
end

function request()
  if fixed then return fixed end
  local id = ids[next_id]
  next_id = next_id % #ids + 1
  return wrk.format(method, wrk.path .. "/" .. id, headers, body)
end

-- Pacing: each thread sends its share of BENCH_RATE on a fixed schedule (one request every interval ms); a thread
-- that falls behind sends at once and does not make up for more than one interval.
local rate = tonumber(os.getenv("BENCH_RATE") or "")
if rate then
  local interval = 1000 * tonumber(os.getenv("BENCH_THREADS") or "1") / rate
  local due = nil
  function delay()
    local now = now_ms()
    due = math.max((due or now) + interval, now - interval)
    return math.max(0, due - now)
  end
end

if os.getenv("BENCH_LOG") then
  local log = nil
  function response(status, _, answer)
    if status ~= 201 then return end
    local id = answer and answer:match('"id"%s*:%s*"([0-9a-f-]+)"')
    if not id then return end
    log = log or assert(io.open(os.getenv("BENCH_LOG") .. "." .. (thread_number or 0), "a"))
    log:write(id, " ", string.format("%.3f", now_ms()), "\n")
    log:flush()
  end
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format("wrk-result %d %.3f %d %d %.3f %.3f %.3f\n", summary.requests, summary.duration / 1e6,
    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
