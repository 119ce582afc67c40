ALTER TABLE "milestones" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
ALTER TABLE "support_needs" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_author_id_idempotency_key_index" ON "milestones" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "support_needs_created_by_id_idempotency_key_index" ON "support_needs" USING btree ("created_by_id","idempotency_key");