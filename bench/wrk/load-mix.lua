-- The request mix of `marsad bench-load` (org.marsad.bench.load.RequestMix) for wrk, so that the load client runs
-- in its own process: half filtered event lists (type, country, actor, status, date windows, a text filter, some
-- with an offset), three in ten one event with its page, two in ten article searches.
--
--   wrk -t2 -c50 -d60s --latency -s bench/wrk/load-mix.lua http://127.0.0.1:8080 -- IDS.json
--
-- IDS.json: a saved answer of GET /api/events?limit=1000&offset=N (the event ids to ask for); see
-- bench/wrk/run-wrk.sh, which does all of it while a page ingest runs. At the end the script prints the
-- responses by status; any status other than 200 is an error of the run.

local TYPES = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "THREATEN", "AGREE"}
local COUNTRIES = {"SYR", "IRQ", "YEM", "SDN", "LBY", "LBN", "PSE", "TUR", "ISR", "EGY"}
local WORDS = {"القوات", "قصف", "مصادر محلية", "أحياء سكنية", "مظاهرة", "اعتقال",
               "حلب", "إدلب", "درعا", "حمص", "دير الزور", "الحسكة", "حماة"}

local ids = {}
statuses = {} -- global: done() reads it from each thread
local threads = {}

local function enc(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(t)
  return t[math.random(#t)]
end

local function date(days)
  return os.date("!%Y-%m-%d", 1577836800 + days * 86400) -- 2020-01-01 plus days
end

local function filter()
  local from = math.random(0, 6 * 365 - 1)
  local type = "type=" .. pick(TYPES)
  local country = "country=" .. pick(COUNTRIES)
  local k = math.random(0, 5)
  if k == 0 then return type .. "&" .. country .. "&from=" .. date(from) .. "&to=" .. date(from + 30) end
  if k == 1 then return type .. "&actor=" .. pick(COUNTRIES) .. "MIL" end
  if k == 2 then return "status=occurred&from=" .. date(from) .. "&to=" .. date(from + 7) .. "&limit=50&offset=100" end
  if k == 3 then return country .. "&limit=20" end
  if k == 4 then return type .. "&from=" .. date(from) .. "&to=" .. date(from + 90) .. "&limit=100" end
  return "text=" .. enc("مدينة " .. math.random(1, 50)) .. "&limit=20"
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1] or "ids.json", "r"), "give the saved /api/events answer: -- IDS.json")
  local json = f:read("*a")
  f:close()
  for id in string.gmatch(json, '"id"%s*:%s*"(e%-%x+)"') do
    table.insert(ids, id)
  end
  assert(#ids > 0, "no event ids in " .. (args[1] or "ids.json"))
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local r = math.random(0, 9)
  local path
  if r < 5 then
    path = "/api/events?" .. filter()
  elseif r < 8 then
    path = "/api/events/" .. pick(ids)
  else
    path = "/api/search?limit=10&q=" .. enc(pick(WORDS))
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses") or {}
    for k, v in pairs(s) do
      total[k] = (total[k] or 0) + v
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for k, v in pairs(total) do
    io.write(string.format("status %d: %d\n", k, v))
    if k ~= 200 then errors = errors + v end
  end
  io.write(string.format("requests %d in %.1f s (%.0f/s); errors %d\n", summary.requests,
      summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors))
  io.write(string.format("latency ms: p50 %.1f   p95 %.1f   p99 %.1f   max %.1f\n", latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
