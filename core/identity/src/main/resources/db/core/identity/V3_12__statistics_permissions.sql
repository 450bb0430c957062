-- The statistics dashboard (issue 11, P6/Q4).
--   statistics:view   a recruitment's figures: applications by status and position, review turnaround, stage
--                     progress, complaints, satisfaction; also per employer (statistics:view:employer-7)
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'statistics:view'),
    (2, 'statistics:view'),
    (4, 'statistics:view'),
    (12, 'statistics:view'),
    (13, 'statistics:view');
