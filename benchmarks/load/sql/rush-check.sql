-- After the rush: applications to the rush position by the rush's candidates, and candidates holding more than one.
SELECT count(*) AS applications,
       count(DISTINCT candidate_id) AS candidates,
       (SELECT count(*) FROM (SELECT candidate_id FROM core_application WHERE position_id = :position
                              GROUP BY candidate_id HAVING count(*) > 1) d) AS doubled
FROM core_application WHERE position_id = :position;
