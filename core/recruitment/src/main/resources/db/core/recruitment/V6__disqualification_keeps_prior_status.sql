-- A disqualification (取消资格) keeps what it replaced, so that a successful appeal (申诉成立) brings the
-- application back to where it stood: its status and the reason it showed. Applications disqualified before
-- this migration have no record and cannot be reinstated automatically.
ALTER TABLE core_application ADD COLUMN status_before_dq VARCHAR(12);
ALTER TABLE core_application ADD COLUMN reason_before_dq VARCHAR(1000);
