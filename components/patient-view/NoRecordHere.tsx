/**
 * For an NHS login proved to P9 with no record here and nobody to act for: why there is nothing to
 * see, and how someone who cares for a person gets access (their account's email is what the
 * person, or their GP or nurse, adds on "People who can act for you").
 */
export function NoRecordHere({ email }: { email: string }) {
  const contactable = !email.endsWith(".invalid");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>We do not hold a care plan for you</h1>
        <p className="nhsuk-lede-text">Universal Care Plan only holds plans written with people by their GP, nurse or hospice team.</p>
        <p>If you think you should have one, or want to make one, contact your GP surgery.</p>
        <h2>If you look after someone who has a care plan</h2>
        <p>
          The person can let you see their plan from their own account, or their GP or nurse can record that you act for them.
          {contactable ? (
            <>
              {" "}
              Give them the email address of your NHS login: <strong>{email}</strong>.
            </>
          ) : (
            " Your NHS login did not give us an email address: ask them to contact their GP surgery."
          )}{" "}
          Once they have, come back to this page.
        </p>
      </div>
    </div>
  );
}
