/**
 * The marks, drawn by one WebGL layer of MapLibre's (a custom layer) from two buffers: where
 * each mark can be drawn (one slot per group and place, uploaded once per zoom level) and what
 * each shows (on or off, size, kind, its types' shares, count and casualty badge). A scrub
 * rewrites the second buffer and uploads it; nothing is rasterised on the CPU and no image
 * goes through MapLibre's atlas (measured: repainting mark images cost a scrub up to 1.5x a
 * plain repaint at 100,000 events; this costs a buffer upload).
 */
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { EVENT_TYPES } from '../data/schema';
import { TYPE_COLOURS } from '../domain/symbols';
import { glyphAtlas } from './glyphs';
import { MARK_FRAGMENT, MARK_VERTEX } from './mark-shaders';

export const MARKS_GL_LAYER = 'marks-gl';
/** Floats per mark in the state buffer: five vec4s (see mark-shaders.ts). */
export const STATE_FLOATS = 20;
/** Glyph index of each character a count can use, in the atlas order. */
export const COUNT_CHARS = '0123456789.k';
/** The count's type size, CSS px: it fits the white centre of the smallest donut. */
export const COUNT_FONT = 11;

export interface SlotState {
  radius: number;
  /** 0 donut; 1 disc, 2 ring, 3 diamond, 4 triangle (a single event's status shape). */
  kind: number;
  /** Donut: cumulative share of each type (EVENT_TYPES order), ending at 1. */
  ends: readonly number[];
  /** Donut: its count as shown ("27", "1.2k"). */
  label: string;
  /** Single event: its type's index in EVENT_TYPES. */
  type: number;
  /** 0 none, 1 wounded, 2 killed. */
  severity: number;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

interface Gl {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  corners: WebGLBuffer;
  positions: WebGLBuffer;
  states: WebGLBuffer;
  glyphs: WebGLTexture | null;
  glyphCell: [number, number];
  glyphSize: [number, number];
  uniforms: Record<string, WebGLUniformLocation | null>;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type) as WebGLShader;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`mark shader: ${gl.getShaderInfoLog(shader) ?? 'did not compile'}`);
  return shader;
}

export class MarkGlLayer implements CustomLayerInterface {
  readonly id = MARKS_GL_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  /** Mercator x, y of every slot (two floats each). */
  positions: Float32Array<ArrayBuffer> = new Float32Array(0);
  /** What every slot shows (STATE_FLOATS each); zero = off. */
  states: Float32Array<ArrayBuffer> = new Float32Array(0);
  private positionsDirty = true;
  private statesDirty = true;
  private ctx: Gl | null = null;
  /** Whether the states last uploaded turn any slot on. */
  private lit = false;
  /**
   * A frame has drawn at least one mark: what "the events are drawn" means for the first view
   * (issue 13), which need not wait for the basemap's last label.
   */
  drewMarks = false;
  private repaint: () => void = () => {};

  constructor(private readonly pixelRatio: number) {}

  /** A new level: where its slots are. Every slot starts off. */
  setSlots(positions: Float32Array<ArrayBuffer>) {
    this.positions = positions;
    this.states = new Float32Array((positions.length / 2) * STATE_FLOATS);
    this.positionsDirty = true;
    this.statesDirty = true;
    this.repaint();
  }

  /** Other data: no frame has drawn its marks yet (the program and buffers are kept). */
  restart() {
    this.drewMarks = false;
  }

  /** Turns a slot off. */
  off(slot: number) {
    this.states.fill(0, slot * STATE_FLOATS, (slot + 1) * STATE_FLOATS);
    this.statesDirty = true;
  }

  /** What a slot shows now (and turns it on). */
  set(slot: number, s: SlotState) {
    const o = slot * STATE_FLOATS;
    const st = this.states;
    st[o] = 1;
    st[o + 1] = s.radius;
    st[o + 2] = s.kind;
    st[o + 3] = 0;
    for (let t = 0; t < 7; t += 1) st[o + 4 + t] = s.ends[t] ?? 1;
    const chars = [...s.label].map((ch) => COUNT_CHARS.indexOf(ch)).filter((i) => i >= 0);
    st[o + 11] = Math.min(4, chars.length);
    for (let i = 0; i < 4; i += 1) st[o + 12 + i] = chars[i] ?? 0;
    st[o + 16] = s.type;
    st[o + 17] = s.severity;
    this.statesDirty = true;
  }

  /** Whether a slot is on (for tests and the model: the GPU is not asked). */
  isOn(slot: number): boolean {
    return (this.states[slot * STATE_FLOATS] ?? 0) > 0.5;
  }

  onAdd(map: { triggerRepaint(): void }, gl: WebGL2RenderingContext) {
    this.repaint = () => map.triggerRepaint();
    const program = gl.createProgram() as WebGLProgram;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, MARK_VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, MARK_FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`mark program: ${gl.getProgramInfoLog(program) ?? 'did not link'}`);
    const vao = gl.createVertexArray() as WebGLVertexArrayObject;
    gl.bindVertexArray(vao);
    const corners = gl.createBuffer() as WebGLBuffer;
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    const corner = gl.getAttribLocation(program, 'a_corner');
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    const positions = gl.createBuffer() as WebGLBuffer;
    gl.bindBuffer(gl.ARRAY_BUFFER, positions);
    const pos = gl.getAttribLocation(program, 'a_pos');
    gl.enableVertexAttribArray(pos);
    gl.vertexAttribPointer(pos, 2, gl.FLOAT, false, 0, 0);
    gl.vertexAttribDivisor(pos, 1);
    const states = gl.createBuffer() as WebGLBuffer;
    gl.bindBuffer(gl.ARRAY_BUFFER, states);
    ['a_a', 'a_b', 'a_c', 'a_d', 'a_e'].forEach((name, i) => {
      const at = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, 4, gl.FLOAT, false, STATE_FLOATS * 4, i * 16);
      gl.vertexAttribDivisor(at, 1);
    });
    gl.bindVertexArray(null);
    const atlas = glyphAtlas(COUNT_CHARS, Math.round(COUNT_FONT * this.pixelRatio));
    let glyphs: WebGLTexture | null = null;
    if (atlas) {
      glyphs = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, glyphs);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(
        gl.TEXTURE_2D,
        0,
        gl.R8,
        atlas.width,
        atlas.height,
        0,
        gl.RED,
        gl.UNSIGNED_BYTE,
        atlas.alpha,
      );
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    }
    const uniforms = Object.fromEntries(
      ['u_matrix', 'u_viewport', 'u_ratio', 'u_types', 'u_glyphs', 'u_glyph_cell', 'u_glyph_size'].map(
        (n) => [n, gl.getUniformLocation(program, n)],
      ),
    );
    this.ctx = {
      gl,
      program,
      vao,
      corners,
      positions,
      states,
      glyphs,
      glyphCell: atlas ? [atlas.cell, atlas.height] : [1, 1],
      glyphSize: atlas ? [atlas.width, atlas.height] : [1, 1],
      uniforms,
    };
    this.positionsDirty = true;
    this.statesDirty = true;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput) {
    const ctx = this.ctx;
    const count = this.positions.length / 2;
    if (!ctx || count === 0) return;
    if (this.positionsDirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, ctx.positions);
      gl.bufferData(gl.ARRAY_BUFFER, this.positions, gl.STATIC_DRAW);
      this.positionsDirty = false;
    }
    if (this.statesDirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, ctx.states);
      gl.bufferData(gl.ARRAY_BUFFER, this.states, gl.DYNAMIC_DRAW);
      this.statesDirty = false;
      this.lit = this.states.some((v) => v !== 0);
    }
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
    gl.useProgram(ctx.program);
    const u = ctx.uniforms;
    gl.uniformMatrix4fv(
      u.u_matrix ?? null,
      false,
      new Float32Array(options.defaultProjectionData.mainMatrix),
    );
    const ratio =
      gl.drawingBufferWidth /
      Math.max(1, (gl.canvas as HTMLCanvasElement).clientWidth || gl.drawingBufferWidth);
    gl.uniform2f(u.u_viewport ?? null, gl.drawingBufferWidth / ratio, gl.drawingBufferHeight / ratio);
    gl.uniform1f(u.u_ratio ?? null, ratio);
    gl.uniform3fv(u.u_types ?? null, new Float32Array(EVENT_TYPES.flatMap((t) => rgb(TYPE_COLOURS[t]))));
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, ctx.glyphs);
    gl.uniform1i(u.u_glyphs ?? null, 0);
    // The shader works in device pixels, as the atlas was drawn.
    gl.uniform2f(u.u_glyph_cell ?? null, ctx.glyphCell[0], ctx.glyphCell[1]);
    gl.uniform2f(u.u_glyph_size ?? null, ctx.glyphSize[0], ctx.glyphSize[1]);
    gl.bindVertexArray(ctx.vao);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    gl.bindVertexArray(null);
    if (this.lit) this.drewMarks = true;
  }

  onRemove(_map: unknown, gl: WebGL2RenderingContext) {
    const ctx = this.ctx;
    if (!ctx) return;
    gl.deleteBuffer(ctx.corners);
    gl.deleteBuffer(ctx.positions);
    gl.deleteBuffer(ctx.states);
    gl.deleteVertexArray(ctx.vao);
    gl.deleteProgram(ctx.program);
    if (ctx.glyphs) gl.deleteTexture(ctx.glyphs);
    this.ctx = null;
  }
}
