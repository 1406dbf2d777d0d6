import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart, MultipartError } from './multipart-form';

const limits = { maxParts: 20, maxHeaderBytes: 4096 };

/** The body and Content-Type the web platform (undici, as browsers do) makes of a FormData. */
async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

function parse(body: Buffer | string, contentType: string) {
  const boundary = multipartBoundary(contentType);
  if (!boundary) throw new Error('no boundary');
  return parseMultipart(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), boundary, limits);
}

describe('multipart/form-data', () => {
  it('reads what the web platform writes: fields, repeated files, Cyrillic and awkward names, binary content', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]);
    const form = new FormData();
    form.append('text', 'Договор подписан.\r\nПоставки начаты; "кавычки"');
    form.append('percentDone', '100');
    form.append('file', new File([pdf], 'Приказ №15 "итог".pdf', { type: 'application/pdf' }));
    form.append('file', new File([new Uint8Array(0)], 'пусто.png', { type: 'image/png' }));
    form.append('поле', 'значение');
    const { body, contentType } = await encode(form);
    const parts = parse(body, contentType);
    expect(parts.map((p) => [p.name, p.fileName, p.contentType])).toEqual([
      ['text', null, null],
      ['percentDone', null, null],
      ['file', 'Приказ №15 "итог".pdf', 'application/pdf'],
      ['file', 'пусто.png', 'image/png'],
      ['поле', null, null],
    ]);
    expect(parts[0]!.data.toString('utf8')).toBe('Договор подписан.\r\nПоставки начаты; "кавычки"');
    expect(new Uint8Array(parts[2]!.data)).toEqual(pdf);
    expect(parts[3]!.data.byteLength).toBe(0);
  });

  it('shares the body instead of copying file contents', () => {
    const body = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--b--\r\n');
    const [part] = parse(body, 'multipart/form-data; boundary=b');
    expect(part!.data.buffer).toBe(body.buffer);
    expect(part!.data.toString()).toBe('%PDF-1.4');
  });

  it('accepts quoted boundaries, a preamble, an epilogue, padding after boundaries and filename*', () => {
    const body =
      'preamble\r\n--x y\t \r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n' +
      "--x y\r\nContent-Disposition: form-data; name=\"f\"; filename=\"fallback.pdf\"; filename*=UTF-8''%D0%B0%D0%BA%D1%82.pdf\r\nContent-Type: application/pdf\r\n\r\nX\r\n" +
      '--x y--\r\nepilogue';
    const parts = parse(body, 'multipart/form-data; boundary="x y"');
    expect(parts.map((p) => [p.name, p.fileName, p.data.toString()])).toEqual([
      ['a', null, '1'],
      ['f', 'акт.pdf', 'X'],
    ]);
  });

  it('knows a multipart Content-Type and its boundary', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; Boundary="a;b"')).toBe('a;b');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${'x'.repeat(71)}`)).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('refuses malformed bodies, saying what is wrong', () => {
    const type = 'multipart/form-data; boundary=b';
    const cases: Array<[string, RegExp]> = [
      ['nothing here', /does not start with the boundary/],
      ['junk--b\r\n', /does not start with the boundary/],
      ['--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end', /no closing boundary/],
      ['--b\r\nContent-Disposition: form-data; name="a"', /no end of headers/],
      ['--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--', /no Content-Disposition/],
      ['--b\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--b--', /not form-data/],
      ['--b\r\nContent-Disposition: form-data; filename="a"\r\n\r\nx\r\n--b--', /no field name/],
      ['--bxyz\r\n', /not followed by a line end/],
      ['--b\r\nbroken header\r\n\r\nx\r\n--b--', /malformed header/],
    ];
    for (const [body, message] of cases) expect(() => parse(body, type), body).toThrow(message);
    const many = `${'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n'.repeat(21)}--b--`;
    expect(() => parse(many, type)).toThrow(/more than 20 parts/);
    const longHeader = `--b\r\nContent-Disposition: form-data; name="${'a'.repeat(5000)}"\r\n\r\nx\r\n--b--`;
    expect(() => parse(longHeader, type)).toThrow(MultipartError);
  });
});
