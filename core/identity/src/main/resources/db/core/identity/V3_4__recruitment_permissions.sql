-- Recruitments and applications (issue 5). A role scoped to an employer yields these with ':employer-<id>'
-- appended, so a reviewer or editor of one employer acts on that employer's recruitments only.
--   employer:manage      employers, their agreements and employer users
--   recruitment:view     see recruitments in the console (and, scoped, one's own employer's)
--   recruitment:edit     write recruitments, positions, notice and pledge; submit for publication
--   recruitment:publish  approve (never one's own submission), send back, unpublish
--   application:review   the eligibility review queue and decisions
--   application:view     see applications without deciding (employer users)
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'employer:manage'),
    (1, 'recruitment:view'),
    (1, 'recruitment:edit'),
    (1, 'recruitment:publish'),
    (1, 'application:review'),
    (2, 'recruitment:view'),
    (2, 'recruitment:edit'),
    (2, 'recruitment:publish'),
    (3, 'recruitment:view'),
    (3, 'application:review'),
    (13, 'recruitment:view'),
    (13, 'application:view');
