// Its own (empty) config, so Next does not pick up the app's from the folder above: a bare page.
const nextConfig = { poweredByHeader: false };
export default nextConfig;
