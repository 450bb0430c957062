-- Loads the generator's files (COPY text format) and gives every generated account the demo candidate's
-- password hash and the candidate role. Run with psql -v dir=<directory of accounts.tsv / candidates.tsv>.
CREATE TEMP TABLE bench_account (id BIGINT, display_name VARCHAR(100));
\set accounts_file :dir '/accounts.tsv'
\set candidates_file :dir '/candidates.tsv'
COPY bench_account FROM :'accounts_file';
INSERT INTO core_account (id, kind, status, display_name, password_hash, created_at)
SELECT b.id, 'CANDIDATE', 'ACTIVE', b.display_name,
       (SELECT a.password_hash FROM core_account a JOIN core_candidate c ON c.account_id = a.id
         WHERE a.kind = 'CANDIDATE' ORDER BY a.id LIMIT 1),
       now()
FROM bench_account b;
COPY core_candidate (account_id, real_name, id_number_enc, id_number_idx, birth_date, gender, mobile_enc,
                     mobile_idx, email_enc, email_idx) FROM :'candidates_file';
INSERT INTO core_account_role (account_id, role_id) SELECT id, 14 FROM bench_account;
ANALYZE core_account;
ANALYZE core_candidate;
ANALYZE core_account_role;
ANALYZE core_position;
