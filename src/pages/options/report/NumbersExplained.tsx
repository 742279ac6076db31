/** What each number of the report means, in plain words (the definitions of issue 12). */
export function NumbersExplained() {
  return (
    <section class="rc-report-explained" aria-labelledby="report-explained-heading">
      <h3 id="report-explained-heading">What the numbers mean</h3>
      <dl>
        <dt>Replies</dt>
        <dd>
          Every message you sent or scheduled to the client, counted once when it actually went out. A reply to two
          clients counts for each.
        </dd>
        <dt>Inside hours</dt>
        <dd>Sent while the client's hours were open.</dd>
        <dt>Sent later</dt>
        <dd>
          Written outside their hours and sent at their next window, by Red Cup or by Gmail's or Outlook's own
          scheduler.
        </dd>
        <dt>Real emergency</dt>
        <dd>Sent outside their hours after triage said it was a real emergency: a justified exception.</dd>
        <dt>Red cup sent anyway</dt>
        <dd>
          Sent outside their hours although it was not a real emergency. Each one teaches the client to expect answers
          at that hour.
        </dd>
        <dt>Consistency</dt>
        <dd>Inside hours plus sent later, out of all replies. A week without replies has no percentage, not 100 %.</dd>
        <dt>Promises kept, broken, unknown</dt>
        <dd>
          Whether the reply went out before the deadline your promise gave for the message it answered. When Red Cup
          could not see when that message arrived, the promise is unknown — never counted as kept.
        </dd>
        <dt>Median reply (business hours)</dt>
        <dd>The middle reply time, from the client's message to your reply, counting only the client's open hours.</dd>
        <dt>Expectation shifting</dt>
        <dd>
          Two or more replies outside a client's hours within 14 days, real emergencies included: the client is learning
          a new rule.
        </dd>
        <dt>Weeks</dt>
        <dd>Monday to Sunday in your own time zone.</dd>
      </dl>
    </section>
  );
}
