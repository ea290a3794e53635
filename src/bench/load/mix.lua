-- wrk script: every connection cycles through the paths listed (one a line) in the file BENCH_PATHS names, each
-- thread from its own starting point; a response outside 2xx counts as an error (wrk itself counts only 4xx/5xx).
-- done() prints one RESULT line for src/bench/load/run to read.

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    for line in io.lines(os.getenv("BENCH_PATHS")) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
    counter = (id * 7919) % #paths
    non2xx = 0
    statuses = {}
end

function request()
    counter = counter + 1
    return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
        statuses[status] = (statuses[status] or 0) + 1
    end
end

function done(summary, latency, requests)
    local rejected, by_status = 0, {}
    for _, thread in ipairs(threads) do
        rejected = rejected + thread:get("non2xx")
        for status, count in pairs(thread:get("statuses")) do
            by_status[status] = (by_status[status] or 0) + count
        end
    end
    local listed = {}
    for status, count in pairs(by_status) do
        listed[#listed + 1] = status .. ":" .. count
    end
    table.sort(listed)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d "
            .. "duration_us=%d p50_us=%d p99_us=%d max_us=%d bytes=%d statuses=%s\n",
            summary.requests, rejected, e.connect, e.read, e.write, e.timeout, summary.duration,
            latency:percentile(50), latency:percentile(99), latency.max, summary.bytes,
            #listed > 0 and table.concat(listed, ",") or "none"))
end
