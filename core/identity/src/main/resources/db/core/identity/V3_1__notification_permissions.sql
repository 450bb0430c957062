-- Notification templates and the delivery log: platform administrators and content editors.
INSERT INTO core_role_permission (role_id, permission) VALUES (1, 'notification:manage');
INSERT INTO core_role_permission (role_id, permission) VALUES (2, 'notification:manage');
