-- Satisfaction surveys (issue 11, Q2).
--   survey:manage   define a survey for a stage or the end of a recruitment, open it by hand, close it
--   survey:view     a survey's results (averages, distribution, response rate, remarks) and their Excel export
-- Both are checked per recruitment as well (survey:view:employer-7), so an employer's scoped role sees its own only.
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'survey:manage'),
    (1, 'survey:view'),
    (2, 'survey:manage'),
    (2, 'survey:view'),
    (4, 'survey:view'),
    (12, 'survey:view'),
    (13, 'survey:view');
