CREATE TABLE "leaderboard_entries" (
	"article_id" text NOT NULL,
	"player_key" text NOT NULL,
	"attempt_id" text NOT NULL,
	"nickname" text NOT NULL,
	"score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "leaderboard_entries_article_id_player_key_pk" PRIMARY KEY("article_id","player_key")
);
--> statement-breakpoint
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leaderboard_entries_rank" ON "leaderboard_entries" USING btree ("article_id","score" DESC NULLS LAST,"submitted_at","attempt_id");--> statement-breakpoint
CREATE INDEX "leaderboard_entries_attempt" ON "leaderboard_entries" USING btree ("attempt_id");--> statement-breakpoint
-- Backfill from the attempts submitted before this table existed: each player's best public attempt per article.
INSERT INTO "leaderboard_entries" ("article_id", "player_key", "attempt_id", "nickname", "score", "max_score", "duration_ms", "submitted_at")
SELECT DISTINCT ON (q."article_id", coalesce('u:' || a."user_id", 'g:' || a."guest_id"))
  q."article_id", coalesce('u:' || a."user_id", 'g:' || a."guest_id"), a."id", a."nickname", coalesce(a."score", 0), a."max_score", coalesce(a."duration_ms", 0), a."submitted_at"
FROM "attempts" a JOIN "quizzes" q ON q."id" = a."quiz_id"
WHERE a."submitted_at" IS NOT NULL AND a."student_id" IS NULL AND coalesce(a."user_id", a."guest_id") IS NOT NULL
ORDER BY q."article_id", coalesce('u:' || a."user_id", 'g:' || a."guest_id"), a."score" DESC NULLS LAST, a."submitted_at", a."id";
