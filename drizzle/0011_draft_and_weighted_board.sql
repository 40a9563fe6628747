ALTER TABLE "attempts" ADD COLUMN "draft" jsonb;--> statement-breakpoint
ALTER TABLE "leaderboard_entries" ADD COLUMN "weighted_score" integer;--> statement-breakpoint
CREATE INDEX "leaderboard_entries_weighted" ON "leaderboard_entries" USING btree ("article_id","weighted_score" DESC NULLS LAST,"submitted_at","attempt_id") WHERE "leaderboard_entries"."weighted_score" is not null;