export function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">
            Universal Care Plan is open-source software. Demonstration data only: every patient shown here is made up.
          </p>
        </div>
      </div>
    </footer>
  );
}
