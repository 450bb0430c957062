-- Running the audit retention job by hand is for platform administrators only; viewing is for auditors too.
INSERT INTO core_role_permission (role_id, permission) VALUES (1, 'audit:retention');
