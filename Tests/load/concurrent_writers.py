"""Concurrent writers over HTTP (issue 8, finding 1.5): N writers, each on its own case, record events
at once; every answer must be 2xx or 4xx (never 5xx) and every acknowledged write must be there after.

    ZHIXING_URL=http://127.0.0.1:8181 python3 Tests/load/concurrent_writers.py [--writers 16] [--rounds 6]

Prints the counts it measured; exits 1 on any 5xx or any acknowledged write missing.
"""
import argparse
import datetime
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

BASE = os.environ.get("ZHIXING_URL", "http://127.0.0.1:8181")
TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


def call(method, path, body=None, token=None):
    url = urllib.parse.urlsplit(BASE)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    conn.request(method, path, body=json.dumps(body).encode() if body is not None else None, headers=headers)
    res = conn.getresponse()
    text = res.read().decode("utf-8", "replace")
    conn.close()
    return res.status, text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()

    status, text = call("POST", "/api/v1/auth/tokens", {"username": "clerk", "password": "zhixing-demo-1", "expiresInDays": 1})
    if status != 201:
        print("no token:", status, text[:200])
        sys.exit(1)
    token = json.loads(text)["token"]
    day = lambda n: (TODAY - datetime.timedelta(days=30 - n)).isoformat()  # noqa: E731

    results = []
    lock = threading.Lock()
    barrier = threading.Barrier(args.writers)

    def writer(index):
        filing = {
            "filedOn": day(0),
            "basis": {"kind": "civilJudgment", "issuingBody": "北京市朝阳区人民法院", "documentNumber": f"（2026）京0105民初{7000 + index}号",
                      "effectiveOn": day(-30), "amountAwarded": "90000.00"},
            "amountApplied": "90000.00",
            "jurisdiction": {"isFirstInstanceCourt": True, "propertyInCourtArea": True, "sameLevelAsFirstInstance": True},
            "applicants": [{"kind": "organisation", "name": "北京恒信达商贸有限公司", "creditCode": "914403001922038216", "legalRepresentative": "张伟"}],
            "debtors": [{"kind": "naturalPerson", "name": "李强", "identityNumber": "110105198001011238"}],
        }
        barrier.wait()
        mine = []
        status, text = call("POST", "/api/v1/cases", filing, token)
        mine.append(("file", status))
        if status != 201:
            with lock:
                results.extend((index, None, k, s) for k, s in mine)
            return
        case_id = json.loads(text)["id"]
        version = 1
        acknowledged = 0
        steps = [("handlerAssigned", None), ("enforcementNoticeServed", None), ("propertyReportOrderServed", None)]
        steps += [("paymentReceived", "1000.00")] * max(0, args.rounds - len(steps))
        for i, (kind, amount) in enumerate(steps[: args.rounds]):
            body = {"kind": kind, "date": day(1 + i), "version": version}
            if amount:
                body["amount"] = amount
            status, _ = call("POST", f"/api/v1/cases/{case_id}/events", body, token)
            mine.append((kind, status))
            if status == 201:
                version += 1
                acknowledged += 1
        with lock:
            results.extend((index, case_id, k, s) for k, s in mine)
            results.append((index, case_id, "acknowledged", acknowledged))

    started = time.monotonic()
    threads = [threading.Thread(target=writer, args=(i,)) for i in range(args.writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    answers = [s for (_, _, k, s) in results if k != "acknowledged"]
    five = [s for s in answers if s >= 500]
    missing = 0
    for (index, case_id, kind, count) in results:
        if kind != "acknowledged":
            continue
        status, text = call("GET", f"/api/v1/cases/{case_id}", token=token)
        events = len(json.loads(text).get("events", [])) if status == 200 else -1
        if events != 1 + count:
            missing += 1
            print(f"writer {index}: {count} acknowledged, case has {events - 1}")
    print(f"{args.writers} concurrent writers, {len(answers)} requests in {elapsed:.1f} s: "
          f"{sum(1 for s in answers if 200 <= s < 300)} 2xx, {sum(1 for s in answers if 400 <= s < 500)} 4xx, {len(five)} 5xx; "
          f"cases with an acknowledged write missing: {missing}")
    sys.exit(1 if five or missing else 0)


if __name__ == "__main__":
    main()
