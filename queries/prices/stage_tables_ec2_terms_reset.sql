-- Empties stage_ec2_terms between EC2 files of one load (one per region). No parameters.
DELETE FROM stage_ec2_terms;
