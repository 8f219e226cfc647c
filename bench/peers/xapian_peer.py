"""Xapian (C++, through Debian's python3-xapian) as the native ceiling row of the benches.

Reads a corpus written by the Node bench (one JSON object per line: {"id","title","text"}) and one or
more query files (one JSON object per line: {"text"} or {"terms": [[term, weight], ...]}), indexes the
documents with BM25 (k1 1.2, b 0.75; the title counted twice, as techbroker's title weight 2), runs
each query set as top-10 OR queries, and prints one JSON line of figures. Timing happens here, in CPU time of
this process (the machine is shared), so no inter-process call is inside a timed loop.

Usage: /usr/bin/python3 bench/peers/xapian_peer.py DOCS.jsonl QUERIES.jsonl [QUERIES2.jsonl ...]
"""
import json
import sys
import tempfile
import time

import xapian


def index(docs_path, db_dir):
    db = xapian.WritableDatabase(db_dir, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    count = 0
    started = time.process_time()
    with open(docs_path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            doc = xapian.Document()
            generator.set_document(doc)
            generator.index_text_without_positions(record["title"], 2)
            generator.index_text_without_positions(record["text"])
            doc.set_data(record["id"])
            db.add_document(doc)
            count += 1
    db.commit()
    return db, count, time.process_time() - started


def load_queries(path):
    queries = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "terms" in record:
                parts = [xapian.Query(xapian.Query.OP_SCALE_WEIGHT, xapian.Query(t.lower()), w) for t, w in record["terms"]]
            else:
                parts = [xapian.Query(word.lower()) for word in record["text"].split()]
            queries.append(xapian.Query(xapian.Query.OP_OR, parts))
    return queries


def main():
    docs_path, query_paths = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as db_dir:
        db, count, build_s = index(docs_path, db_dir)
        enquire = xapian.Enquire(db)
        enquire.set_weighting_scheme(xapian.BM25Weight(1.2, 0, 1, 0.75, 0.5))
        out = {"engine": f"xapian {xapian.version_string()}", "docs": count, "buildSeconds": build_s, "workloads": []}
        for path in query_paths:
            queries = load_queries(path)
            for q in queries[: min(100, len(queries))]:  # warm-up
                enquire.set_query(q)
                enquire.get_mset(0, 10)
            rates = []
            for _ in range(3):
                started = time.process_time()
                for q in queries:
                    enquire.set_query(q)
                    enquire.get_mset(0, 10)
                rates.append(len(queries) / (time.process_time() - started))
            out["workloads"].append({"queries": path, "qps": sorted(rates)[1]})
        print(json.dumps(out))


if __name__ == "__main__":
    main()
