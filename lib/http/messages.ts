// The catalogue of every message the server sends in a JSON error body, in English and Japanese, each with a stable
// `code`. Code throws English literals (`new HttpError(409, "This question is already answered")`, custom zod
// messages); lib/http/route.ts translates them into the request's language at the boundary (lib/http/translate.ts).
// `{name}` marks a value filled in at the throw site (`Request body too large (limit {limit} bytes)`).
// tests/http/messages.test.ts scans the source for every such literal and fails when one is missing here.

export interface ServerMessage {
  /** Stable, language-independent; sent as `code` unless the error sets its own. */
  code: string;
  en: string;
  ja: string;
}

export const SERVER_MESSAGES: readonly ServerMessage[] = [
  // lib/http: request bodies, addresses, origin, outages
  { code: "bad_content_length", en: "Invalid Content-Length header", ja: "Content-Length ヘッダーが不正です" },
  {
    code: "body_too_large",
    en: "Request body too large (limit {limit} bytes)",
    ja: "リクエストの本文が大きすぎます（上限 {limit} バイト）",
  },
  { code: "body_not_utf8", en: "Request body is not valid UTF-8", ja: "リクエストの本文が正しい UTF-8 ではありません" },
  { code: "json_required", en: "Content-Type must be application/json", ja: "Content-Type は application/json にしてください" },
  { code: "body_empty", en: "Request body is empty; expected JSON", ja: "リクエストの本文が空です。JSON を送ってください" },
  { code: "malformed_json", en: "Malformed JSON in request body", ja: "リクエストの本文の JSON が正しくありません" },
  { code: "validation_failed", en: "Validation failed", ja: "入力内容に誤りがあります" },
  {
    code: "unstorable_text",
    en: "Text must not contain NUL characters or unpaired surrogates",
    ja: "テキストに NUL 文字や対になっていないサロゲート文字を含めることはできません",
  },
  {
    code: "unstorable_address",
    en: "The request address contains characters that are not allowed",
    ja: "リクエストのアドレスに使えない文字が含まれています",
  },
  { code: "cross_origin", en: "Cross-origin request refused", ja: "別のサイトからのリクエストは受け付けられません" },
  { code: "service_unavailable", en: "Service temporarily unavailable", ja: "サービスを一時的に利用できません" },
  { code: "internal_error", en: "Internal server error", ja: "サーバー内部でエラーが発生しました" },

  // lib/auth
  { code: "auth_required", en: "Authentication required", ja: "ログインが必要です" },
  { code: "forbidden", en: "You do not have permission to do this", ja: "この操作を行う権限がありません" },
  { code: "signup_throttled", en: "Too many sign-up attempts from this network", ja: "このネットワークからの登録の試行が多すぎます" },
  { code: "signup_failed", en: "Could not create an account with these details", ja: "この内容ではアカウントを作成できませんでした" },
  { code: "email_too_long", en: "Email address is too long", ja: "メールアドレスが長すぎます" },
  { code: "name_required", en: "Enter your name", ja: "名前を入力してください" },
  { code: "name_too_long", en: "Name is too long (at most 80 characters)", ja: "名前が長すぎます（80 文字まで）" },
  { code: "password_too_short", en: "Password must be at least 8 characters", ja: "パスワードは 8 文字以上にしてください" },
  { code: "password_too_long", en: "Password is too long (at most 256 characters)", ja: "パスワードが長すぎます（256 文字まで）" },
  { code: "nothing_to_update", en: "Nothing to update", ja: "変更する項目がありません" },

  // lib/accounts (account administration, reset links, own password)
  { code: "user_not_found", en: "User not found", ja: "ユーザーが見つかりません" },
  { code: "last_admin", en: "This change would leave no active administrator", ja: "この変更を行うと有効な管理者がいなくなります" },
  {
    code: "account_deactivated",
    en: "This account is deactivated; reactivate it before issuing a reset link",
    ja: "このアカウントは無効化されています。再設定リンクを発行する前に有効に戻してください",
  },
  {
    code: "reset_link_invalid",
    en: "This password-reset link is invalid, has expired or has already been used",
    ja: "このパスワード再設定リンクは無効か、有効期限が切れているか、すでに使われています",
  },
  { code: "current_password_wrong", en: "The current password is incorrect", ja: "現在のパスワードが正しくありません" },
  { code: "current_password_required", en: "Enter your current password", ja: "現在のパスワードを入力してください" },
  { code: "search_too_long", en: "Search text is too long (at most 200 characters)", ja: "検索語が長すぎます（200 文字まで）" },

  // lib/attempts
  { code: "attempt_not_found", en: "Attempt not found", ja: "受験記録が見つかりません" },
  { code: "test_not_found", en: "Test not found", ja: "テストが見つかりません" },
  {
    code: "exam_needs_time_limit",
    en: "This test has no time limit, so it can only be taken in practice mode",
    ja: "このテストには制限時間がないため、練習モードでのみ受けられます",
  },
  { code: "test_empty", en: "This test has no questions yet", ja: "このテストにはまだ問題がありません" },
  {
    code: "exam_taken",
    en: "You have already taken this test in exam mode; only one exam attempt is allowed",
    ja: "このテストは試験モードで受験済みです。試験モードの受験は 1 回だけです",
  },
  { code: "mock_exam_only", en: "A mock exam is taken in exam mode only", ja: "模擬試験は試験モードでのみ受けられます" },
  // lib/mock-exam: a class's settings
  {
    code: "mock_not_assignable",
    en: "A mock exam cannot be assigned; set it up on the class's mock exam page",
    ja: "模擬試験は課題にできません。クラスの模擬試験のページで設定してください",
  },
  { code: "mock_not_found", en: "Mock exam not found", ja: "模擬試験が見つかりません" },
  {
    code: "mock_plan_invalid",
    en: "These mock exam settings cannot be drawn from this course",
    ja: "この設定ではこのコースから模擬試験の問題を選べません",
  },
  { code: "mock_min_questions", en: "Ask for at least 1 question", ja: "問題数は 1 問以上にしてください" },
  { code: "mock_max_questions", en: "Ask for at most 300 questions", ja: "問題数は 300 問以下にしてください" },
  { code: "mock_min_minutes", en: "Allow at least 1 minute", ja: "制限時間は 1 分以上にしてください" },
  { code: "mock_max_minutes", en: "Allow at most 600 minutes", ja: "制限時間は 600 分以下にしてください" },
  { code: "mock_weight_min", en: "A weight must be 0 or more", ja: "配分は 0 以上にしてください" },
  { code: "mock_weight_max", en: "A weight must be at most 1000", ja: "配分は 1000 以下にしてください" },
  { code: "invalid_answer", en: "Invalid answer for this question", ja: "この問題への解答の形式が正しくありません" },
  { code: "question_not_in_attempt", en: "This question is not part of the attempt", ja: "この問題はこの受験に含まれていません" },
  { code: "attempt_expired", en: "Time is up: this attempt has been graded", ja: "時間切れです。この受験は採点されました" },
  { code: "attempt_submitted", en: "This attempt has already been submitted", ja: "この受験はすでに提出されています" },
  { code: "exam_no_check", en: "Checking an answer is not available in exam mode", ja: "試験モードでは解答のチェックはできません" },
  { code: "exam_no_hints", en: "Hints are not available in exam mode", ja: "試験モードではヒントは使えません" },
  { code: "exam_no_reveal", en: "Revealing the answer is not available in exam mode", ja: "試験モードでは答えを表示できません" },
  { code: "question_locked", en: "This question is already answered", ja: "この問題はすでに解答済みです" },
  {
    code: "code_check_throttled",
    en: "Please wait a moment before checking code again",
    ja: "コードを再びチェックするまで少しお待ちください",
  },
  { code: "code_check_running", en: "Your previous code check is still running", ja: "前回のコードのチェックがまだ実行中です" },
  { code: "answer_empty", en: "Enter an answer before checking it", ja: "チェックする前に解答を入力してください" },
  { code: "no_more_hints", en: "No more hints for this question", ja: "この問題のヒントはこれ以上ありません" },
  {
    code: "exam_in_progress",
    en: "This question is part of your exam in progress; checks, hints and answers return when the exam ends",
    ja: "この問題は受験中の試験に含まれています。チェック・ヒント・答えの表示は試験が終わると使えるようになります",
  },

  // lib/reports ("Report a problem")
  { code: "question_not_found", en: "Question not found", ja: "問題が見つかりません" },
  { code: "report_not_found", en: "Report not found", ja: "報告が見つかりません" },
  { code: "report_message_empty", en: "Say what seems wrong", ja: "どこがおかしいと思うかを書いてください" },
  { code: "report_reply_empty", en: "Give a reply or resolve the report", ja: "返信を書くか、報告を解決済みにしてください" },

  // lib/review
  { code: "nothing_due", en: "Nothing is due for review right now", ja: "今復習する問題はありません" },

  // lib/exercises (code exercises, drafts, submissions)
  { code: "exercise_not_found", en: "Exercise not found", ja: "演習が見つかりません" },
  { code: "exercise_not_found", en: "No such exercise", ja: "演習が見つかりません" },
  { code: "submission_not_found", en: "Submission not found", ja: "提出が見つかりません" },
  {
    code: "idempotency_key_reused",
    en: "This idempotencyKey was already used for a submission to another exercise",
    ja: "この idempotencyKey は別の演習への提出ですでに使われています",
  },
  {
    code: "submissions_throttled",
    en: "Too many submissions: at most {limit} per minute. Please wait {retryAfter} s before submitting again.",
    ja: "提出が多すぎます（1 分あたり {limit} 回まで）。{retryAfter} 秒待ってから提出してください。",
  },
  { code: "code_too_long", en: "code is longer than {max} characters", ja: "コードが長すぎます（{max} 文字まで）" },
  { code: "idempotency_key_short", en: "idempotencyKey must have at least 8 characters", ja: "idempotencyKey は 8 文字以上にしてください" },
  {
    code: "idempotency_key_chars",
    en: "idempotencyKey may contain letters, digits and _ . : - only",
    ja: "idempotencyKey に使えるのは英字・数字と _ . : - だけです",
  },

  // lib/gradebook (instructors)
  { code: "answer_not_found", en: "Answer not found", ja: "解答が見つかりません" },
  { code: "attempt_in_progress", en: "The attempt is still in progress", ja: "この受験はまだ進行中です" },
  {
    code: "not_short_text",
    en: "Only short-text answers are graded by hand; use an override",
    ja: "手動で採点できるのは記述式の解答だけです。スコアの上書きを使ってください",
  },
  {
    code: "already_graded",
    en: "This answer has already been graded; use an override to change it",
    ja: "この解答は採点済みです。変更するにはスコアの上書きを使ってください",
  },
  {
    code: "not_pending",
    en: "This answer is not pending (it was scored automatically); use an override",
    ja: "この解答は採点待ちではありません（自動採点済み）。スコアの上書きを使ってください",
  },
  { code: "score_range", en: "Score must be between 0 and 1", ja: "スコアは 0 から 1 の間にしてください" },
  { code: "comment_too_long", en: "Comment must be at most {max} characters", ja: "コメントは {max} 文字までです" },
  { code: "reason_required", en: "A reason is required", ja: "理由を入力してください" },
  { code: "reason_too_long", en: "Reason must be at most {max} characters", ja: "理由は {max} 文字までです" },
  { code: "regrade_key_short", en: "key must have at least 8 characters", ja: "key は 8 文字以上にしてください" },
  {
    code: "regrade_key_chars",
    en: "key may contain letters, digits and _ . : - only",
    ja: "key に使えるのは英字・数字と _ . : - だけです",
  },
  { code: "regrade_run_not_found", en: "Regrade run not found", ja: "再採点の実行が見つかりません" },
  {
    code: "no_current_version",
    en: "The exercise has no current version to grade against",
    ja: "この演習には採点に使う現行バージョンがありません",
  },
  { code: "gradebook_params", en: "Invalid gradebook parameters: {issues}", ja: "成績表のパラメータが正しくありません: {issues}" },
  // lib/classes, lib/assignments (docs/CLASSES.md)
  { code: "not_found", en: "Not found", ja: "見つかりません" },
  { code: "class_not_found", en: "Class not found", ja: "クラスが見つかりません" },
  { code: "course_not_found", en: "Course not found", ja: "コースが見つかりません" },
  { code: "unknown_time_zone", en: "Unknown time zone", ja: "不明なタイムゾーンです" },
  { code: "join_code_unknown", en: "No open class has this join code", ja: "この参加コードで参加できるクラスはありません" },
  { code: "account_not_found", en: "No account has this email", ja: "このメールアドレスのアカウントはありません" },
  { code: "not_a_member", en: "Not a member of this class", ja: "このクラスのメンバーではありません" },
  { code: "last_instructor", en: "A class keeps at least one instructor", ja: "クラスには少なくとも 1 人の講師が必要です" },
  { code: "roster_errors", en: "The roster has errors; nothing was imported", ja: "名簿に誤りがあるため、何も取り込まれませんでした" },
  {
    code: "roster_conflict",
    en: "Another import created one of these accounts meanwhile; try again",
    ja: "別の取り込みが同じアカウントを作成しました。もう一度試してください",
  },
  { code: "assignment_not_found", en: "Assignment not found", ja: "課題が見つかりません" },
  {
    code: "assignment_closed",
    en: "This assignment is closed; no more attempts or submissions are accepted",
    ja: "この課題は締め切られました。これ以上の受験や提出はできません",
  },
  {
    code: "assignment_attempts_used",
    en: "You have used every attempt this assignment allows",
    ja: "この課題で許可された受験回数をすべて使いました",
  },
  { code: "assignment_wrong_work", en: "This work is not part of the assignment", ja: "この課題に含まれない問題です" },
  { code: "assignment_dates", en: "Dates must be in order: open ≤ due ≤ close", ja: "日時は 公開 ≤ 期限 ≤ 締切 の順にしてください" },
  {
    code: "assignment_content",
    en: "Give either a test or one or more code exercises",
    ja: "テストか、1 つ以上のコード演習のどちらかを指定してください",
  },
  { code: "bad_local_time", en: "Dates must look like 2026-12-07T23:59", ja: "日時は 2026-12-07T23:59 の形式で入力してください" },
  { code: "not_a_learner_of_class", en: "This user is not a learner of the class", ja: "このユーザーはクラスの受講者ではありません" },

  // lib/lti: the class's LMS link (roster sync, scores sent back)
  { code: "lti_not_linked", en: "This class is not linked to an LMS course", ja: "このクラスは LMS のコースに接続されていません" },
  {
    code: "lti_service_failed",
    en: "The LMS did not answer as expected: {reason}",
    ja: "LMS から想定どおりの応答がありませんでした: {reason}",
  },
  { code: "url_http", en: "must be an http(s) URL", ja: "http(s) の URL にしてください" },
  { code: "lti_score_not_failed", en: "Only a score that failed can be sent again", ja: "送信に失敗した得点だけを再送できます" },
];
