\set candidate random(1, 100000000)
INSERT INTO bench_baseline (candidate_id, payload, created_at) VALUES (:candidate, 'baseline', now());
