DROP INDEX "audit_log_step_status_idx";--> statement-breakpoint
CREATE INDEX "audit_log_step_status_idx" ON "audit_log" USING btree ("entity_id","at","id") WHERE "audit_log"."action" = 'step.status';