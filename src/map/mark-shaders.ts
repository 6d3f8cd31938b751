/**
 * The marks' shaders: one quad per mark, drawn where MapLibre projects its place, shaded in
 * the fragment shader: a group's donut (segments by type, hairlines between them, its count
 * from a digit atlas, a red badge for casualties) or one event's status symbol (colour by
 * type, shape by status, a red ring for casualties), the same pictures as the legend's SVG.
 * Everything a scrub changes is per-mark data in a buffer, so a scrub uploads a few hundred
 * numbers and paints no image.
 */

export const MARK_VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
in vec2 a_corner;
in vec2 a_pos;
in vec4 a_a;
in vec4 a_b;
in vec4 a_c;
in vec4 a_d;
in vec4 a_e;
out vec2 v_p;
flat out vec4 v_a;
flat out vec4 v_b;
flat out vec4 v_c;
flat out vec4 v_d;
flat out vec4 v_e;
void main() {
  v_a = a_a; v_b = a_b; v_c = a_c; v_d = a_d; v_e = a_e;
  // a_a: on, radius (CSS px), kind (0 donut, 1 disc, 2 ring, 3 diamond, 4 triangle), unused.
  if (a_a.x < 0.5) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); v_p = vec2(0.0); return; }
  float box = a_a.y + 8.0;
  vec4 c = u_matrix * vec4(a_pos, 0.0, 1.0);
  c.x += a_corner.x * box * 2.0 / u_viewport.x * c.w;
  c.y -= a_corner.y * box * 2.0 / u_viewport.y * c.w;
  gl_Position = c;
  v_p = a_corner * box;
}
`;

export const MARK_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_ratio;
uniform vec3 u_types[7];
uniform sampler2D u_glyphs;
uniform vec2 u_glyph_cell;
uniform vec2 u_glyph_size;
in vec2 v_p;
flat in vec4 v_a;
flat in vec4 v_b;
flat in vec4 v_c;
flat in vec4 v_d;
flat in vec4 v_e;
out vec4 fragColor;

const vec3 WHITE = vec3(1.0);
const vec3 DARK = vec3(0.106, 0.106, 0.106);
const vec3 INK = vec3(0.114, 0.153, 0.2);
const vec3 RED = vec3(0.690, 0.0, 0.125);
const float PI = 3.141592653589793;

vec4 col;
void over(vec3 c, float a) {
  if (a <= 0.0) return;
  col = vec4(c * a + col.rgb * (1.0 - a), a + col.a * (1.0 - a));
}
float cover(float inside) { return clamp(inside + 0.5, 0.0, 1.0); }

float glyph(vec2 p, float index) {
  vec2 uv = (vec2(index * u_glyph_cell.x, 0.0) + p) / u_glyph_size;
  return texture(u_glyphs, uv).r;
}

void donut(vec2 p, float k) {
  float R = v_a.y * k;
  float inner = R * 0.56;
  float d = length(p);
  float a = cover(R - d);
  if (a <= 0.0) return;
  float b[7] = float[7](v_b.x, v_b.y, v_b.z, v_b.w, v_c.x, v_c.y, v_c.z);
  vec3 c = WHITE;
  if (d > inner - k) {
    float t = atan(p.x, -p.y) / (2.0 * PI);
    if (t < 0.0) t += 1.0;
    int s = 0;
    for (int i = 0; i < 6; i++) if (t >= b[i] && b[i] < 0.9999) s = i + 1;
    c = u_types[s];
    // Hairlines between segments, when there are two or more.
    float start = 0.0;
    int present = 0;
    for (int i = 0; i < 7; i++) if (b[i] > start + 1e-4) { present++; start = b[i]; }
    if (present > 1) {
      start = 0.0;
      for (int i = 0; i < 7; i++) {
        if (b[i] > start + 1e-4) {
          float th = start * 2.0 * PI;
          vec2 dir = vec2(sin(th), -cos(th));
          if (dot(p, dir) > 0.0) c = mix(c, WHITE, cover(0.5 * k - abs(p.x * cos(th) + p.y * sin(th))));
          start = b[i];
        }
      }
    }
    c = mix(c, DARK, cover(d - (R - 1.25 * k)));
  }
  c = mix(c, WHITE, cover(inner - d));
  c = mix(c, DARK, cover(0.5 * k - abs(d - inner)));
  over(c, a);
  // The count, centred on the white disc.
  float len = v_c.w;
  if (len > 0.0) {
    vec2 cell = u_glyph_cell;
    float x0 = -len * cell.x * 0.5;
    float i = floor((p.x - x0) / cell.x);
    float y = p.y + cell.y * 0.5;
    if (i >= 0.0 && i < len && y >= 0.0 && y < cell.y) {
      float g = i < 0.5 ? v_d.x : i < 1.5 ? v_d.y : i < 2.5 ? v_d.z : v_d.w;
      over(INK, glyph(vec2(p.x - x0 - i * cell.x, y), g));
    }
  }
  // US/coalition casualties: a red badge, filled for killed, a ring for wounded.
  if (v_e.y > 0.5) {
    vec2 q = p - vec2(R * 0.62, -R * 0.62);
    float e = length(q);
    bool killed = v_e.y > 1.5;
    float outer = 5.0 * k + (killed ? 0.75 : 1.1) * k;
    float core = 5.0 * k - (killed ? 0.75 : 1.1) * k;
    over(killed ? WHITE : RED, cover(outer - e));
    over(killed ? RED : WHITE, cover(core - e));
  }
}

float shape(float kind, vec2 p, float size) {
  if (kind < 2.5) return length(p) - size * 0.4;
  if (kind < 3.5) return (abs(p.x) + abs(p.y) - size * 0.46) / sqrt(2.0);
  float r = size * 0.25;
  float cy = p.y - size * 0.08;
  float s = sqrt(3.0) / 2.0;
  return max(cy - r, max(-0.5 * cy + s * p.x - r, -0.5 * cy - s * p.x - r));
}

void symbol(vec2 p, float k) {
  float kind = v_a.z;
  bool severe = v_e.y > 0.5;
  float size = (9.0 / 0.4) * (severe ? 1.1 : 1.0) * k;
  vec3 colour = u_types[int(v_e.x + 0.5)];
  float d = shape(kind, p, size);
  float a = cover(-d);
  float depth = -d;
  vec3 c = colour;
  if (kind < 1.5) {
    if (depth < 1.5 * k) c = DARK;
  } else if (kind < 2.5) {
    c = WHITE;
    if (depth < 1.0 * k) c = DARK;
    else if (depth < 4.5 * k) c = colour;
    else if (depth < 5.25 * k) c = DARK;
  } else {
    if (depth < 1.0 * k) c = DARK;
    else if (depth < 2.0 * k) c = WHITE;
  }
  over(c, a);
  if (!severe) return;
  float ringR = 11.6 * k;
  float r = length(p);
  float ring = cover(1.2 * k - abs(r - ringR));
  if (v_e.y < 1.5) {
    float along = (atan(p.x, -p.y) + PI) * ringR;
    if (mod(along, 5.0 * k) > 3.0 * k) ring = 0.0;
  }
  over(RED, ring);
}

void main() {
  col = vec4(0.0);
  vec2 p = v_p * u_ratio;
  if (v_a.z < 0.5) donut(p, u_ratio);
  else symbol(p, u_ratio);
  if (col.a <= 0.0) discard;
  fragColor = col;
}
`;
