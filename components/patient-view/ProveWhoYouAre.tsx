/** For an NHS login below P9: why no care plan is shown, and how to get to P9. */
export function ProveWhoYouAre() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Prove who you are to see your care plan</h1>
        <p className="nhsuk-lede-text">You have signed in with NHS login, but you have not yet proved who you are.</p>
        <p>
          A care plan is part of your health record. To keep it private, we only show it to people whose identity NHS login has fully checked. We have not shown
          any health information, and we have not checked whether we hold a plan for you.
        </p>
        <h2>How to prove who you are</h2>
        <ol>
          <li>Open the NHS App, or sign in to NHS login, and choose to prove who you are.</li>
          <li>You will need photo ID, such as a passport or driving licence, and to record a short video of your face. It can take a few hours to check.</li>
          <li>When NHS login tells you it is done, sign out of Universal Care Plan and sign in again.</li>
        </ol>
        <p>
          <a href="https://help.login.nhs.uk/">Get help with NHS login</a>
        </p>
        <p>If you cannot prove who you are online, your GP surgery can help you see your care plan.</p>
      </div>
    </div>
  );
}
