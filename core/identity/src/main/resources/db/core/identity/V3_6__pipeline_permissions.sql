-- The stage pipeline and admission (issue 6). A role scoped to an employer yields these with ':employer-<id>'
-- appended, so an employer user sees and confirms its own recruitments' results only.
--   pipeline:view     see chains, stage results, rankings and the admission list (every pipeline user holds it)
--   pipeline:manage   compose chains, set stage rules, drive stages, enter outcomes, publish, run admission
--   pipeline:confirm  confirm a stage's results and the admission list for the employer (招考单位确认)
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'pipeline:view'),
    (1, 'pipeline:manage'),
    (4, 'pipeline:view'),
    (4, 'pipeline:manage'),
    (9, 'pipeline:view'),
    (12, 'pipeline:view'),
    (13, 'pipeline:view'),
    (13, 'pipeline:confirm');
