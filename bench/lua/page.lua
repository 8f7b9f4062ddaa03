-- wrk script: GET a page as many different signed-in visitors (one cookie per session line).
package.path = package.path .. ";bench/lua/?.lua"
local sessions_lib = require("sessions")

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter - 1)
  counter = counter + 1
  table.insert(threads, thread)
end

-- Globals, so that done() can read them from each thread.
sessions, next_session, failures = nil, 0, 0

function init(args)
  sessions = sessions_lib.load(args[1], tid, tonumber(args[2]))
  next_session, failures = 0, 0
end

function request()
  next_session = next_session % #sessions + 1
  return wrk.format("GET", wrk.path, {["Cookie"] = sessions[next_session].cookie})
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("failures")
  end
  io.write(string.format("FAILED %d\n", total))
end
