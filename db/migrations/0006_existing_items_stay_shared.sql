-- Decision record 0500: before sharing levels existed, every signed-in user could read every milestone and
-- evidence item, whatever the column said. Items recorded before this feature keep that: shared with all.
-- New items take the column's default, "country".
UPDATE "milestones" SET "sharing_level" = 'all';--> statement-breakpoint
UPDATE "evidence" SET "sharing_level" = 'all';
