-- :recruitment gets :positions positions (ids :first_position ...), each a copy of the demo recruitment's
-- position 02 (信息技术岗: bachelor, 软件工程 among the majors, age 18-35) without extra questions, so every
-- generated candidate is eligible for every position.
INSERT INTO core_position (id, recruitment_id, code, title, department, headcount, min_education, min_degree,
                           majors, min_age, max_age, political_status, min_experience_years, household, gender,
                           other_requirements, exam_subjects, interview_ratio, extra_fields, version)
SELECT :first_position + g, p.recruitment_id, 'B' || lpad(g::text, 5, '0'), p.title || ' ' || g,
       '第' || (g % 200 + 1) || '处', 1 + g % 5, p.min_education, p.min_degree, p.majors, p.min_age, p.max_age,
       p.political_status, p.min_experience_years, p.household, p.gender, p.other_requirements, p.exam_subjects,
       p.interview_ratio, (SELECT extra_fields FROM core_position WHERE recruitment_id = :recruitment AND code = '02'),
       0
FROM generate_series(0, :positions - 1) AS g
CROSS JOIN (SELECT * FROM core_position WHERE recruitment_id = :recruitment AND code = '02') AS p;
