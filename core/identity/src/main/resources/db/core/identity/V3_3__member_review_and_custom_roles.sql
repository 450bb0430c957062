-- Staff and employer accounts are created by one administrator and activated by another (服务人员信息审核).
ALTER TABLE core_account ADD COLUMN created_by BIGINT;
ALTER TABLE core_account ADD COLUMN reviewed_by BIGINT;
ALTER TABLE core_account ADD COLUMN review_note VARCHAR(500);

-- Custom roles carry their own names; built-in roles are named by the screens' message bundles.
ALTER TABLE core_role ADD COLUMN name_zh VARCHAR(100);
ALTER TABLE core_role ADD COLUMN name_en VARCHAR(100);
CREATE SEQUENCE core_role_seq START WITH 1000 INCREMENT BY 1;
