-- Site content, site settings and complaints (issue 11).
--   content:edit        write pages (home notice, guides, FAQ, support channels), submit them, roll back to a version
--   content:publish     approve or reject a submitted page against the review criteria (never one's own draft)
--   settings:manage     the site settings: licences in every footer, the complaint answer deadline
--   complaint:view      the complaints list and a complaint's details
--   complaint:handle    enter phone/email complaints, assign them, write internal notes
--   complaint:reply     answer the complainant (notified through the inbox, e-mail or SMS)
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'content:edit'),
    (1, 'content:publish'),
    (1, 'settings:manage'),
    (1, 'complaint:view'),
    (1, 'complaint:handle'),
    (1, 'complaint:reply'),
    (2, 'content:edit'),
    (2, 'content:publish'),
    (2, 'complaint:view'),
    (2, 'complaint:handle'),
    (2, 'complaint:reply'),
    (12, 'complaint:view');
