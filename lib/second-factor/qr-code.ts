/** The QR code of a set-up's otpauth:// address, drawn on the server as SVG in a data: address: no script needed to show it. */
import QRCode from "qrcode";

export async function qrCodeDataUrl(address: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
