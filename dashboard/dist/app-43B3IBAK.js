var oc=Object.defineProperty;var ic=(e,t,n)=>t in e?oc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var St=(e,t,n)=>ic(e,typeof t!="symbol"?t+"":t,n);var ge,zl,lc,an,si,oo,Vl,eo,Ul,ui,ai,sc,Tr=Symbol.for("pv"),io={},lo=[],ac=/^m(i|n|o|s|text|space)$/,ci=Array.isArray,Wl=lo.slice,An=Object.assign;function xn(e){e&&e.parentNode&&e.remove()}function to(e,t,n,r,o){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Tr,__v:o||++zl,__i:-1,__u:0};return!o&&ge.vnode&&ge.vnode(a),a}function Ae(e){return e.children}function no(e,t){this.props=e,this.context=t,this.__g=0}function un(e,t){if(t==null)return e.__&&un(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:un(e)}function uc(e){var t,n=e.__v,r=n.__e,o=[],a=[],u=e.__P;u&&((t=An({constructor:Tr},n)).__v=n.__v+1,ge.vnode&&ge.vnode(t),di(u,t,n,e.__n,u.namespaceURI,32&n.__u?[r]:null,o,r||un(n),32&n.__u,a),t.__v=n.__v,t.__.__k[t.__i]=t,Kl(o,t,a),n.__=n.__e=null,t.__e!=r&&Jl(t))}function Jl(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Jl(e)}function Bl(e){(8&e.__g||(e.__g|=8,an.push(e),oo++))&&si==ge.debounceRendering||((si=ge.debounceRendering)||queueMicrotask)(Hl)}function Hl(){try{for(var e,t=1;an.length;)an.length>t&&an.sort(Vl),e=an.shift(),t=an.length,8&e.__g&&uc(e)}finally{(oo=an.length)&&(si||queueMicrotask)(Hl)}}function jl(e,t,n,r,o,a,u,d,p,m,h){var v,g,_,S,M,A,D=r.__k||lo,k=t.length;for(p=cc(n,t,D,p,k),v=0;v<k;v++)(_=n.__k[v])!=null&&(g=~_.__i&&D[_.__i]||io,_.__i=v,A=di(e,_,g,o,a,u,d,p,m,h),S=_.__e,(g.ref!=_.ref||8&g.__u)&&(g.ref&&fi(g.ref,null,_,g),_.ref&&h.push(_.ref,_.__c||S,_)),M=M||S,4&_.__u?(p=ql(_,p,e,!g.__v),g.__e&&(g.__e=null)):typeof _.type=="function"&&A!==void 0?p=A:S&&(p=S.nextSibling),_.__u&=-21);return n.__e=M,p}function cc(e,t,n,r,o){var a,u,d,p,m,h,v,g,_,S=n.length,M=S,A=0,D=0,k=e.__k=Array(o);for(a=0;a<o;a++)(u=t[a])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u!="object"||u.constructor===String?u=k[a]=to(null,u):ci(u)?u=k[a]=to(Ae,{children:u}):u.constructor===Tr&&u.__b?u=k[a]=to(u.type,u.props,u.key,u.ref,u.__v):k[a]=u,p=a+A,u.__=e,u.__b=e.__b+1,d=null,~(m=u.__i=dc(u,n,p,M))&&(M--,(d=n[m])&&(d.__u|=2)),d&&d.__v?(u.__u|=16,m==p-1?A--:m==p+1?A++:m!=p&&(m>p?A--:A++,D=1)):(~m||(o>S?A--:o<S&&A++),typeof u.type!="function"&&(u.__u|=4))):k[a]=null;if(D){for(h=[],v=[],a=0;a<o;a++)if((u=k[a])&&16&u.__u){for(A=0,g=h.length;A<g;)h[_=A+g>>1]<u.__i?A=_+1:g=_;h[A]=u.__i,v[a]=A+1}for(A=h.length;a--;)v[a]&&(v[a]==A?A--:k[a].__u|=4)}if(M)for(a=0;a<S;a++)!(d=n[a])||2&d.__u||(d.__e==r&&(r=un(d)),pi(d,d));return r}function ql(e,t,n,r){var o,a,u,d;if(typeof e.type=="function"){if(e.props.__P)return t;if(o=e.__k)for(a=0;a<o.length;a++)o[a]&&(o[a].__=e,t=ql(o[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=un(e))&&!t.parentNode&&(t=null),u=e.__e,d=t;d&&d.nodeType==8;)d=d.nextSibling;for(u!=d&&(!r&&n.moveBefore&&u.parentNode?n.moveBefore(u,t):n.insertBefore(u,t||null)),t=u;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function dc(e,t,n,r){var o,a=e.key,u=e.type,d=t[n],p=d&&!(2&d.__u);if(d===null&&a==null||p&&a==d.key&&u==d.type)return n;if(r>(p?1:0)){for(o=n-1;o>=0;o--)if((d=t[o])&&!(2&d.__u)&&a==d.key&&u==d.type)return o;for(o=n+1;o<t.length;o++)if((d=t[o])&&!(2&d.__u)&&a==d.key&&u==d.type)return o}return-1}function $l(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function Xr(e,t,n,r,o){var a,u;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||$l(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||$l(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=n,n&&r||(u=ai[t]||(ai[t]=fc(t)),(e.__a||(e.__a={}))[t]=ui,a=t!=(t=t.replace(Ul,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,u,a):e.removeEventListener(t,u,a));else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function fc(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[eo]==null)t[eo]=ui++;else if(t[eo]<this.__a[e])return;return n(ge.event?ge.event(t):t)}}}function di(e,t,n,r,o,a,u,d,p,m){var h,v,g,_,S,M,A,D,k,C,x,G,L,Q,H,ee,j,E,q=t.type;if(t.constructor!==Tr)return null;128&n.__u&&(p=32&n.__u,h=n.__c.__z)&&(t.__u|=p,v=a=[],h.nodeType==8?d=ro(h,a):a.push(h),d=a[0]||d),(h=ge.__b)&&h(t);e:if(typeof q=="function"){g=u.length;try{if(D=t.props,k=(h=q.prototype)&&h.render,C=(h=q.contextType)&&r[h.__c],x=h?C?C.props.value:h.__:r,(_=n.__c)?(t.__c=_,2&_.__g&&(_.__g|=1)):(k?t.__c=_=new q(D,x):(t.__c=_=new no(D,x),_.constructor=q,_.render=mc),C&&C.sub(_),_.state||(_.state={}),_.__n=r,_.__g|=8,_.__h=[],_.__k=[]),k&&(_.__s||(_.__s=_.state),q.getDerivedStateFromProps&&(_.__s==_.state&&(_.__s=An({},_.__s)),An(_.__s,q.getDerivedStateFromProps(D,_.__s)))),S=_.props,M=_.state,_.__v=t,n.__c){if(D!==S&&k&&!q.getDerivedStateFromProps&&_.componentWillReceiveProps&&_.componentWillReceiveProps(D,x),t.__v==n.__v&&!(8&_.__g)||!(4&_.__g)&&_.shouldComponentUpdate&&_.shouldComponentUpdate(D,_.__s,x)===!1){t.__v!=n.__v&&(_.props=D,_.state=_.__s,_.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(F){F&&(F.__=t)}),lo.push.apply(_.__h,_.__k),_.__k=[],_.__h.length&&u.push(_),d=un(n);break e}_.componentWillUpdate&&_.componentWillUpdate(D,_.__s,x),k&&_.componentDidUpdate&&_.__h.push(function(){_.componentDidUpdate(S,M,A)})}else k&&!q.getDerivedStateFromProps&&_.componentWillMount&&_.componentWillMount(),k&&_.componentDidMount&&_.__h.push(_.componentDidMount);_.context=x,_.props=D,_.__P=e,_.__g&=-5,G=ge.__r,L=k?25:0;do _.__g&=-9,G&&G(t),h=_.render(_.props,_.state=_.__s,_.context);while(8&_.__g&&++L<25);k&&(lo.push.apply(_.__h,_.__k),_.__k=[]),_.state=_.__s,_.getChildContext&&(r=An({},r,_.getChildContext())),k&&n.__c&&_.getSnapshotBeforeUpdate&&(A=_.getSnapshotBeforeUpdate(S,M)),Q=h&&h.type===Ae&&h.key==null?h.props.children:h,D.__P&&(h=d,o=(e=D.__P).namespaceURI,p=a=null,n.props&&n.props.__P!=e&&(n.__k.some(function(F){F&&pi(F,F)}),n.__k=null),d=n.__k?un(n,0):null),d=jl(e,ci(Q)?Q:[Q],t,n,r,o,a,u,d,p,m),D.__P&&(t.__e=null,d=h),t.__u&=-161,v&&v.some(xn),_.__h.length&&u.push(_),1&_.__g&&(_.__g&=-4)}catch(F){if(u.length=g,t.__v=null,p||a)if(F&&F.then){if(t.__u|=128|p,a){for(~(j=a.indexOf(d||void 0))||(j=a.length);(E=a[j-1])&&E.nodeType==8;)j--;for(;j<a.length;j++)if(E=a[j])if(a[j]=null,H){if(E==ee)break}else{if(E.nodeType!=8)break;E.data.startsWith("$s")&&(ee=ro(H=E))}}if(!H){for(;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;H=d}(h=ro(H=t.__c.__z||(t.__c.__z=H)))?(t.__e=H,d=h):t.__e=d,d=d&&d.nextSibling}else a&&a.some(xn);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),F&&F.then||Gl(t),ge.__e(F,t,n)}}else d=t.__e=pc(n.__e,t,n,r,o,a,u,p,m,e);return(h=ge.diffed)&&h(t),d}function ro(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function Gl(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Gl))}function Kl(e,t,n){for(var r=0;r<n.length;)fi(n[r++],n[r++],n[r++]);ge.__c&&ge.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){ge.__e(a,o.__v)}})}function pc(e,t,n,r,o,a,u,d,p,m){var h,v,g,_,S,M,A,D,k=n.props||io,C=t.props,x=t.type;if(x=="svg"?o="http://www.w3.org/2000/svg":x=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a){for(h=0;h<a.length;h++)if((S=a[h])&&(x?S.localName==x:S.nodeType==3)){e=S,a[h]=null;break}}if(!e){if(D=m.ownerDocument||document,!x)return D.createTextNode(C);e=D.createElementNS(o,x,C.is?C:m),d&&(ge.__m&&ge.__m(t,a),d=!1),a=null}if(x){if(m=x=="template"&&e.content||e,a=x=="textarea"&&C.defaultValue!=null?null:a&&Wl.call(m.childNodes),!d&&a)for(k={},h=0;h<e.attributes.length;h++)k[(S=e.attributes[h]).name]=S.value;for(h in k)S=k[h],h=="dangerouslySetInnerHTML"?g=S:h=="children"||h in C||h=="value"&&"defaultValue"in C||h=="checked"&&"defaultChecked"in C||Xr(e,h,null,S,o);for(h in C)S=C[h],h=="children"?_=S:h=="dangerouslySetInnerHTML"?v=S:h=="value"?M=S:h=="checked"?A=S:d&&typeof S!="function"||k[h]===S||Xr(e,h,S,k[h],o);v?(d||g&&(v.__html==g.__html||v.__html==e.innerHTML)||(e.innerHTML=v.__html),t.__k=[]):(g&&(e.textContent=""),(x=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&ac.test(x))&&(o="http://www.w3.org/1999/xhtml"),jl(m,ci(_)?_:[_],t,n,r,o,a,u,a?a[0]:n.__k&&un(n,0),d,p),a&&a.some(xn)),d&&x!="textarea"||(h="value",x=="progress"&&M==null?e.removeAttribute(h):M==null||M===e[h]&&(x!="progress"||M)||Xr(e,h,M,k[h],o),h="checked",A!=null&&A!=e[h]&&Xr(e,h,A,k[h],o))}else k===C||d&&e.data==C||(e.data=C);return e}function fi(e,t,n,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(o){ge.__e(o,n)}}function pi(e,t,n){var r,o,a,u;if(ge.unmount&&ge.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||fi(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(d){ge.__e(d,t)}r.__P=r.__n=null}if(r=e.__k)for(u=0;u<r.length;u++)r[u]&&pi(r[u],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(r=e.__c)&&(r=r.__z)&&(o=ro(r,a=[]))&&(r==e.__e&&a.some(xn),xn(o),xn(r)),n||xn(e.__e),e.__e=e.__c=e.__=null}function mc(e,t,n){return this.constructor(e,n)}function Ql(e,t){var n,r,o,a;ge.__&&ge.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(n=e&&32&e.__u)?null:t.__k,t.__k=to(Ae,{children:[e]}),o=[],a=[],di(t,t.__k,r||io,io,t.namespaceURI,r?null:t.firstChild?Wl.call(t.childNodes):null,o,r?r.__e:t.firstChild,n,a),Kl(o,t.__k,a),t.__k.props.children=null}ge={__e:function(e,t,n,r){for(var o,a,u;t=t.__;)if((o=t.__c)&&!(1&o.__g)){o.__g|=4;try{if((u=(a=o.constructor)&&a.getDerivedStateFromError)&&o.setState(a.getDerivedStateFromError(e)),o.componentDidCatch&&(o.componentDidCatch(e,r||{}),u=1),u&&8&o.__g)return void(o.__g|=2)}catch(d){e=d}}throw oo=0,e}},zl=0,lc=function(e){return e!=null&&e.constructor===Tr},no.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=An({},this.state)),typeof e=="function"&&(e=e(An({},n),this.props)),e&&(An(n,e),this.__v&&(t&&this.__k.push(t),Bl(this)))},no.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Bl(this))},no.prototype.render=Ae,an=[],oo=0,Vl=function(e,t){return e.__v.__b-t.__v.__b},eo=Symbol(),Ul=/(PointerCapture)$|Capture$/i,ui=0,ai={},sc=0;var Er,Ie,mi,Yl,gi=Object.is,Rr=0,ls=[],hi=[],Ne=ge,Zl=Ne.__b,Xl=Ne.__r,es=Ne.diffed,ts=Ne.__c,ns=Ne.unmount,rs=Ne.__;function vi(e,t){Ne.__h&&Ne.__h(Ie,e,Rr||t),Rr=0;var n=Ie.__H||(Ie.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function re(e){return Rr=1,gc(us,e)}function gc(e,t,n){var r=vi(Er++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):us(void 0,t),function(a){var u=(r.__N||r.__)[0],d=r.t(u,a);gi(u,d)||(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=Ie,!Ie.__f)){Ie.__f=!0;var o=Ie.shouldComponentUpdate;Ie.shouldComponentUpdate=function(a,u,d){var p=this.__H;if(!p)return!0;var m=!1,h=this.props!=a;if(p.__.some(function(g){g.__N&&(m=!0,gi(g.__[0],g.__N[0])||(h=!0))}),o){var v=o.call(this,a,u,d);return m?v||h:v}return!m||h}}return r.__}function Pt(e,t){var n=vi(Er++,3);!Ne.__s&&as(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ie.__H.__h.push(n))}function Mr(e){return Rr=5,er(function(){return{current:e}},[])}function er(e,t){var n=vi(Er++,7);return as(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function ss(e,t){return Rr=8,er(function(){return e},t)}function hc(){var e;do{for(;e=hi.shift();)try{Cr(e)}catch(n){Ne.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=ls.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Cr),t.__h.some(bi),t.__h=[]}catch(n){t.__h=[],Ne.__e(n,e.__v)}}}while(hi.length)}Ne.__b=function(e){Ie=null,Zl&&Zl(e)},Ne.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),rs&&rs(e,t)},Ne.__r=function(e){Xl&&Xl(e),Er=0;var t=(Ie=e.__c).__H;t&&(mi==Ie?Ie.__h=[]:(t.__h.some(Cr),t.__h.some(bi),Er=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),mi=Ie},Ne.diffed=function(e){es&&es(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&is(ls.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),mi=Ie=null},Ne.__c=function(e,t){t.some(function(n){try{n.__h.some(Cr),n.__h=n.__h.filter(function(r){return!r.__||bi(r)})}catch(r){n.__h=[function(){throw r}]}}),ts&&ts(e,t)},Ne.unmount=function(e){ns&&ns(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(o){try{if(o.__P&&o.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}o.__P=n,is(hi.push(o))}else Cr(o)}catch(a){t=a}}),r.__H=void 0,t&&Ne.__e(t,r.__v))};var os=typeof requestAnimationFrame=="function";function bc(e){var t,n=function(){clearTimeout(r),os&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);os&&(t=requestAnimationFrame(n))}function is(e){e!=1&&Yl==Ne.requestAnimationFrame||((Yl=Ne.requestAnimationFrame)||bc)(hc)}function Cr(e){var t=Ie,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ie=t}function bi(e){var t=Ie;e.__c=e.__(),Ie=t}function as(e,t){return!e||e.length!=t.length||t.some(function(n,r){return!gi(n,e[r])})}function us(e,t){return typeof t=="function"?t(e):t}function lt(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function cn(e){return lt(e)==="object"}function vc(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function _i(e,t){return e.length<124?e:t}var cs="graphql-transport-ws";var dt=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(dt||{}),ft=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(ft||{});function ds(e){if(!cn(e))throw new Error(`Message is expected to be an object, but got ${lt(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${lt(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!cn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${lt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!cn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${lt(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${lt(e.payload.query)}`);if(e.payload.variables!=null&&!cn(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${lt(e.payload.variables)}`);if(e.payload.operationName!=null&&lt(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${lt(e.payload.operationName)}`);if(e.payload.extensions!=null&&!cn(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${lt(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${lt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!cn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${lt(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${lt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!vc(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${lt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function fs(e,t){return ds(typeof e=="string"?JSON.parse(e,t):e)}function tr(e,t){return ds(e),JSON.stringify(e,t)}function ki(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:o=console.error,lazyCloseTimeout:a=0,keepAlive:u=0,disablePong:d,connectionAckWaitTimeout:p=0,retryAttempts:m=5,retryWait:h=async function(O){let I=Math.pow(2,O);await new Promise(P=>setTimeout(P,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:v=yi,on:g,webSocketImpl:_,generateID:S=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,O=>{let I=Math.random()*16|0;return(O=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:M,jsonMessageReviver:A}=e,D;if(_){if(!yc(_))throw new Error("Invalid WebSocket implementation provided");D=_}else typeof WebSocket<"u"?D=WebSocket:typeof global<"u"?D=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(D=window.WebSocket||window.MozWebSocket);if(!D)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let k=D,C=(()=>{let N=(()=>{let I={};return{on(P,se){return I[P]=se,()=>{delete I[P]}},emit(P){"id"in P&&I[P.id]?.(P)}}})(),O={connecting:g?.connecting?[g.connecting]:[],opened:g?.opened?[g.opened]:[],connected:g?.connected?[g.connected]:[],ping:g?.ping?[g.ping]:[],pong:g?.pong?[g.pong]:[],message:g?.message?[N.emit,g.message]:[N.emit],closed:g?.closed?[g.closed]:[],error:g?.error?[g.error]:[]};return{onMessage:N.on,on(I,P){let se=O[I];return se.push(P),()=>{let Y=se.indexOf(P);Y>-1&&se.splice(Y,1)}},emit(I,...P){for(let se of[...O[I]])se(...P)}}})();function x(N){let O=[C.on("error",I=>{O.forEach(P=>P()),N(I)}),C.on("closed",I=>{O.forEach(P=>P()),N(I)})];return()=>O.forEach(I=>I())}let G,L=0,Q,H=!1,ee=0,j=!1;async function E(){clearTimeout(Q);let[N,O]=await(G??(G=new Promise((se,Y)=>(async()=>{if(H){if(await h(ee),!L)return G=void 0,Y({code:1e3,reason:"All Subscriptions Gone"});ee++}C.emit("connecting",H);let U=new k(typeof t=="function"?await t():t,cs),oe,Z;function W(){isFinite(u)&&u>0&&(clearTimeout(Z),Z=setTimeout(()=>{U.readyState===k.OPEN&&(U.send(tr({type:ft.Ping})),C.emit("ping",!1,void 0))},u))}x(ue=>{G=void 0,clearTimeout(oe),clearTimeout(Z),Y(ue),ue instanceof Pr&&(U.close(4499,"Terminated"),U.onerror=null,U.onclose=null)}),U.onerror=ue=>C.emit("error",ue),U.onclose=ue=>C.emit("closed",ue),U.onopen=async()=>{try{C.emit("opened",U);let ue=typeof n=="function"?await n():n;if(U.readyState!==k.OPEN)return;U.send(tr(ue?{type:ft.ConnectionInit,payload:ue}:{type:ft.ConnectionInit},M)),isFinite(p)&&p>0&&(oe=setTimeout(()=>{U.close(dt.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),W()}catch(ue){C.emit("error",ue),U.close(dt.InternalClientError,_i(ue instanceof Error?ue.message:String(ue),"Internal client error"))}};let ye=!1;U.onmessage=({data:ue})=>{try{let te=fs(ue,A);if(C.emit("message",te),te.type==="ping"||te.type==="pong"){C.emit(te.type,!0,te.payload),te.type==="pong"?W():d||(U.send(tr(te.payload?{type:ft.Pong,payload:te.payload}:{type:ft.Pong},M)),C.emit("pong",!1,te.payload));return}if(ye)return;if(te.type!==ft.ConnectionAck)throw new Error(`First message cannot be of type ${te.type}`);clearTimeout(oe),ye=!0,C.emit("connected",U,te.payload,H),H=!1,ee=0;let ae=new Promise((ht,Ye)=>x(Ye));ae.catch(()=>{}),se([U,ae])}catch(te){U.onmessage=null,C.emit("error",te),U.close(dt.BadResponse,_i(te instanceof Error?te.message:String(te),"Bad response"))}}})())));N.readyState===k.CLOSING&&await O;let I=()=>{},P=new Promise(se=>I=se);return[N,I,new Promise((se,Y)=>{let U=x(Y);N.readyState!==k.OPEN&&O.catch(Y),P.then(()=>{if(U(),!L){let oe=()=>N.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(Q),Q=setTimeout(()=>{!L&&N.readyState===k.OPEN&&oe()},a)):oe()}se()})})]}function q(N){if(yi(N)&&(_c(N.code)||[dt.InternalServerError,dt.InternalClientError,dt.BadRequest,dt.BadResponse,dt.Unauthorized,dt.SubprotocolNotAcceptable,dt.SubscriberAlreadyExists,dt.TooManyInitialisationRequests].includes(N.code)))throw N;if(j)return!1;if(yi(N)&&N.code===1e3)return L>0;if(!m||ee>=m||!v(N))throw N;return H=!0}r||(async()=>{for(L++;;)try{let[,,N]=await E();await N}catch(N){try{if(!q(N))return}catch(O){return o?.(O)}}})();function F(N,O){let I=S(N),P=!1,se=!1,Y=()=>{L--,P=!0};return(async()=>{for(L++;;)try{let[U,oe,Z]=await E();if(P)return Z.catch(()=>{}),oe();let W=C.onMessage(I,ye=>{switch(ye.type){case ft.Next:{O.next(ye.payload);return}case ft.Error:{se=!0,P=!0,O.error(ye.payload),Y();return}case ft.Complete:{P=!0,Y();return}}});U.send(tr({id:I,type:ft.Subscribe,payload:N},M)),Y=()=>{!P&&U.readyState===k.OPEN&&U.send(tr({id:I,type:ft.Complete},M)),L--,P=!0,oe()},await Z.finally(W);return}catch(U){if(!q(U))return}})().then(()=>{se||O.complete()}).catch(U=>{O.error(U)}),()=>{P||Y()}}return{on:C.on,subscribe:F,iterate(N){let O=[],I={done:!1,error:null,resolve:()=>{}},P=F(N,{next(Y){O.push(Y),I.resolve()},error(Y){I.done=!0,I.error=Y,I.resolve()},complete(){I.done=!0,I.resolve()}}),se=(async function*(){for(;;){for(O.length||await new Promise(U=>I.resolve=U);O.length;)yield O.shift();if(I.error)throw I.error;if(I.done)return}})();return se.throw=async Y=>(I.done||(I.done=!0,I.error=Y,I.resolve()),{done:!0,value:void 0}),se.return=async()=>(P(),{done:!0,value:void 0}),se},async dispose(){if(j=!0,G){let[N]=await G;N.close(1e3,"Normal Closure")}},terminate(){G&&C.emit("closed",new Pr)}}}var Pr=class extends Error{constructor(){super(...arguments);St(this,"name","TerminatedCloseEvent");St(this,"message","4499: Terminated");St(this,"code",4499);St(this,"reason","Terminated");St(this,"wasClean",!1)}};function yi(e){return cn(e)&&"code"in e&&"reason"in e}function _c(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function yc(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var be=class extends String{constructor(n,r){super(n);St(this,"__apiType");St(this,"value");St(this,"__meta__");this.value=n,this.__meta__=r}toString(){return this.value}},op=new be(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `,{fragmentName:"JobTile"}),ip=new be(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`,{fragmentName:"ServerTile"}),lp=new be(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `,{fragmentName:"HistoryPoints"}),sp=new be(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `,{fragmentName:"AlertRow"}),ap=new be(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `,{fragmentName:"RunRow"}),up=new be(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`,{fragmentName:"RunPage"}),ps=new be(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
      }
    }
  }
}
    `),ms=new be(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `),gs=new be(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `),hs=new be(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `),bs=new be(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `),vs=new be(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),_s=new be(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),ys=new be(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `),ks=new be(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `),ws=new be(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ss=new be(`
    subscription BackupReceived {
  backupReceived {
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `),xs=new be(`
    subscription AlertChanged {
  alertChanged {
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `),As=new be(`
    subscription ServerChanged {
  serverChanged {
    change
    serverGlobalId
    name
  }
}
    `),Ts=new be(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),Cs=new be(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),Es=new be(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),Rs=new be(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),Ms=new be(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`),Ps=new be(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`),Ds=new be(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `);function Dt(e){let t=e,n=new Set;return{get:()=>t,set(r){if(!Object.is(r,t)){t=r;for(let o of[...n])o(t)}},subscribe(r){return n.add(r),()=>n.delete(r)}}}function Qe(e){let[t,n]=re(e.get);return Pt(()=>(n(()=>e.get()),e.subscribe(r=>n(()=>r))),[e]),t}var so={read:"dupligraph.readToken",admin:"dupligraph.adminToken"},wi={},Tn=Dt(null),Jt=Dt(0);function Ns(e){try{return localStorage.getItem(so[e])}catch{return null}}function nr(e){return wi[e]??Ns(e)}function Os(e){return Ns(e)!==null}function Ls(e,t,n){wi[e]=t;try{n?localStorage.setItem(so[e],t):localStorage.removeItem(so[e])}catch{}Tn.get()===e&&Tn.set(null),Jt.set(Jt.get()+1)}function Is(e){delete wi[e];try{localStorage.removeItem(so[e])}catch{}Jt.set(Jt.get()+1)}function ao(){return nr("read")??nr("admin")}var Si="dupligraph-dashboard",xi="/graphql",rr=class extends Error{constructor(n,r){super(r);St(this,"kind",n)}};async function Fe(e,t,n={}){let r=n.admin?nr("admin"):ao(),o={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json","graphql-client-name":Si};r&&(o.Authorization=`Bearer ${r}`);let a=await fetch(xi,{method:"POST",headers:o,body:JSON.stringify({query:e.toString(),variables:t})}),u=await a.json().catch(()=>({})),d=u.errors?.[0];if(a.status===401)throw Tn.set("read"),new rr("read",d?.message??"This server needs a read token");if(d?.extensions?.code==="FORBIDDEN")throw Tn.set("admin"),new rr("admin",d.message);if(d||!u.data)throw new Error(d?.message??`The server answered ${a.status}`);return u.data}function xt(e,t){if(e.__typename===t)return e;let n=e.message??e.__typename;throw new Error(n)}var uo=Dt("connecting"),co=Dt(0),or=Dt(new Set),ir=Dt([]),kc=2500,wc=1e4,Sc=1;function Bs(e){let t=Sc++;ir.set([...ir.get(),{...e,id:t}].slice(-5)),setTimeout(()=>Ti(t),wc)}function Ti(e){ir.set(ir.get().filter(t=>t.id!==e))}function xc(e){or.set(new Set([...or.get(),...e])),setTimeout(()=>{let t=new Set(or.get());for(let n of e)t.delete(n);or.set(t)},kc)}var Fs;function po(){clearTimeout(Fs),Fs=setTimeout(()=>co.set(co.get()+1),100)}function Ac({backupReceived:e}){if(xc([e.job.id,e.serverGlobalId]),e.status==="ERROR"||e.status==="FATAL"){let t=e.server.alias||e.server.name;Bs({level:"error",text:`${t} · ${e.job.backupName}: backup ended in ${e.status.toLowerCase()}`,href:`#/job/${encodeURIComponent(e.job.id)}`})}po()}function Tc({alertChanged:e}){e.change==="RAISED"&&e.alertKind==="OVERDUE"&&Bs({level:"warning",text:`${e.backupName} is overdue`}),po()}function Cc(e){po()}var fo,Ai=[];function $s(){Ec();let e=!1,t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${xi}`;fo=ki({url:t,lazy:!1,keepAlive:1e4,retryAttempts:Number.POSITIVE_INFINITY,shouldRetry:()=>!0,retryWait:r=>new Promise(o=>setTimeout(o,Math.min(1e3*2**r,1e4))),connectionParams:()=>{let r=ao();return{"graphql-client-name":Si,...r?{token:r}:{}}},on:{connected:()=>{uo.set("connected"),e&&po(),e=!0},closed:()=>uo.set(e?"reconnecting":"connecting")}});let n=(r,o)=>fo.subscribe({query:r.toString()},{next:a=>a.data&&o(a.data),error:()=>{},complete:()=>{}});Ai=[n(Ss,Ac),n(xs,Tc),n(As,Cc)]}function Ec(){for(let e of Ai)e();Ai=[],fo?.dispose(),fo=void 0}var Rc=Symbol.for("pv"),Mc=0;function l(e,t,n,r,o,a){t||(t={});var u,d,p=t;if("ref"in p&&typeof e!="function")for(d in p={},t)d=="ref"?u=t[d]:p[d]=t[d];var m={type:e,props:p,key:n,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Rc,__v:--Mc,__i:-1,__u:0};return(o||a)&&(m.__source=o,m.__self=a),ge.vnode&&ge.vnode(m),m}function zs(){return Qe(uo)!=="reconnecting"?null:l("div",{class:"banner",role:"alert",children:"Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read."})}function Vs(){let e=Qe(ir);return l("div",{class:"toasts",role:"status","aria-live":"polite",children:e.map(t=>l("div",{class:`toast toast-${t.level}`,children:[t.href?l("a",{href:t.href,children:t.text}):l("span",{children:t.text}),l("button",{type:"button",class:"link","aria-label":"Dismiss notification",onClick:()=>Ti(t.id),children:"×"})]},t.id))})}var Pc={read:{title:"This server needs its read token",why:"Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.",label:"Read token"},admin:{title:"Admin token needed",why:"Changes need the ADMIN_TOKEN of this server.",label:"Admin token"}};function Cn({kind:e,onCancel:t,onSaved:n}){let[r,o]=re(""),[a,u]=re(Os(e)),d=Pc[e],p=`token-${e}`;return l("form",{class:"card token-prompt","aria-labelledby":`${p}-title`,onSubmit:m=>{m.preventDefault(),r.trim()&&(Ls(e,r.trim(),a),n?.())},children:[l("h2",{id:`${p}-title`,children:d.title}),l("p",{children:d.why}),l("label",{for:p,children:d.label}),l("input",{id:p,name:p,type:"password",autocomplete:"off",required:!0,value:r,onInput:m=>o(m.currentTarget.value)}),l("label",{class:"check",children:[l("input",{type:"checkbox",checked:a,onChange:m=>u(m.currentTarget.checked)}),"Remember on this device"]}),l("div",{class:"actions",children:[l("button",{type:"submit",class:"primary",children:"Use token"}),t&&l("button",{type:"button",onClick:t,children:"Cancel"})]})]})}function Ci(e,t,n={}){let r=Qe(co),o=Qe(Jt),[a,u]=re(0),[d,p]=re({loading:!0}),m=Mr(0),h=Mr(e);h.current=e,Pt(()=>{if(n.skip)return;let g=++m.current;p(_=>({..._,loading:!0})),h.current().then(_=>g===m.current&&p({data:_,loading:!1}),_=>g===m.current&&p(S=>({data:S.data,error:_,loading:!1})))},[t,r,o,a,n.skip]);let v=ss(()=>u(g=>g+1),[]);return{...d,refetch:v}}function Zt(e,t,n={}){return Ci(()=>Fe(e,t,{admin:n.admin}),`${JSON.stringify(t)}|${n.admin}`,n)}function Ht(e){let[t,n]=re(!1),[r,o]=re(null);return{busy:t,outcome:r,async run(a,u){n(!0),o(null);try{o({ok:!0,text:u(await a())}),e?.()}catch(d){o({ok:!1,text:d.message})}finally{n(!1)}}}}function jt({state:e}){return l("p",{class:e.outcome?.ok===!1?"error":"ok",role:"status",children:e.outcome?.text??""})}var Us=["B","KiB","MiB","GiB","TiB","PiB"];function qt(e){let t=e,n=0;for(;Math.abs(t)>=1024&&n<Us.length-1;)t/=1024,n++;return`${n===0?t:t.toFixed(t<10?1:0)} ${Us[n]}`}function mo(e){let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),o=t%60;return n?`${n} h ${r} min`:r?`${r} min ${o} s`:`${o} s`}function Ws(e){return e<60?`${Math.round(e)} s`:e<3600?`${(e/60).toFixed(1)} min`:`${(e/3600).toFixed(1)} h`}function Nt(e){return e.toLocaleString("en")}function Pe(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function En(e,t=Date.now()){if(!e)return"never";let n=Math.round((new Date(e).getTime()-t)/1e3),r=Math.abs(n),o;return r<45?"just now":(r<3600?o=`${Math.round(r/60)} min`:r<86400*2?o=`${Math.round(r/3600)} h`:o=`${Math.round(r/86400)} days`,n<0?`${o} ago`:`in ${o}`)}var Dr={SUCCESS:"Success",WARNING:"Warning",ERROR:"Error",FATAL:"Fatal",UNKNOWN:"Unknown",NONE:"No runs"},go=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];var Nr={admin:!0};function Js({server:e,onChange:t}){let[n,r]=re(e.alias),[o,a]=re(e.note),[u,d]=re(e.url),p=Ht(t),m=Ht(t),h=`server-${e.id}`;return l("details",{class:"card admin-server",children:[l("summary",{children:[l("strong",{children:e.alias||e.name})," ",l("span",{class:"muted",children:e.serverId})]}),l("form",{onSubmit:v=>{v.preventDefault(),p.run(async()=>xt((await Fe(gs,{input:Dc(e.id,{alias:n,note:o,url:u})},Nr)).updateServer,"UpdateServerPayload"),g=>g.changed?"Saved.":"Nothing to change.")},children:[l("div",{class:"field",children:[l("label",{for:`${h}-alias`,children:"Alias"}),l("input",{id:`${h}-alias`,value:n,onInput:v=>r(v.currentTarget.value)})]}),l("div",{class:"field",children:[l("label",{for:`${h}-note`,children:"Note"}),l("textarea",{id:`${h}-note`,value:o,onInput:v=>a(v.currentTarget.value)})]}),l("div",{class:"field",children:[l("label",{for:`${h}-url`,children:"Duplicati web UI URL"}),l("input",{id:`${h}-url`,type:"url",value:u,onInput:v=>d(v.currentTarget.value)})]}),l("div",{class:"actions",children:[l("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save server"}),l("button",{type:"button",class:"danger",disabled:m.busy,onClick:()=>{confirm(`Delete ${e.name} with all its jobs, runs and alerts?`)&&m.run(async()=>xt((await Fe(vs,{id:e.id},Nr)).deleteServer,"DeleteServerPayload"),v=>`Deleted ${v.name}: ${v.deleted.jobs} jobs, ${v.deleted.runs} runs.`)},children:"Delete server"})]}),l(jt,{state:p}),l(jt,{state:m})]}),e.backupJobs.map(v=>l(Oc,{job:v,onChange:t},v.id))]})}function Dc(e,t){let n={alias:t.alias.trim(),note:t.note,url:t.url.trim()};return{id:e,set:{alias:n.alias||null,note:n.note||null,url:n.url||null},clearAlias:n.alias==="",clearNote:n.note==="",clearUrl:n.url===""}}var Nc=["ALL","WARNINGS","ERRORS","OFF"];function Oc({job:e,onChange:t}){let{schedule:n}=e,[r,o]=re(n.expectedInterval),[a,u]=re(n.allowedWeekdays),[d,p]=re(n.toleranceOverrideMilliseconds===null?"":String(n.toleranceOverrideMilliseconds/6e4)),[m,h]=re(n.overdueCheckEnabled),[v,g]=re(n.notificationLevel),_=Ht(t),S=Ht(t),M=`job-${e.id}`;return l("form",{class:"job-settings","aria-label":`Schedule of ${e.backupName}`,onSubmit:A=>{A.preventDefault(),_.run(async()=>xt((await Fe(hs,{input:{job:{id:e.id},expectedInterval:r,allowedWeekdays:a,...d===""?{clearToleranceOverride:!0}:{toleranceOverrideMilliseconds:Math.round(Number(d)*6e4)},overdueCheckEnabled:m,notificationLevel:v}},Nr)).configureBackupJob,"ConfigureBackupJobPayload"),()=>"Schedule saved.")},children:[l("h3",{children:e.backupName}),l("div",{class:"field",children:[l("label",{for:`${M}-interval`,children:"Expected interval (e.g. 1D, 12h, 1W)"}),l("input",{id:`${M}-interval`,value:r,onInput:A=>o(A.currentTarget.value)})]}),l("fieldset",{children:[l("legend",{children:"Weekdays (UTC; none ticked means every day)"}),go.map((A,D)=>l("label",{class:"check",children:[l("input",{type:"checkbox",checked:a.includes(D),onChange:k=>u(k.currentTarget.checked?[...a,D].sort():a.filter(C=>C!==D))}),A]},A))]}),l("div",{class:"field",children:[l("label",{for:`${M}-tolerance`,children:"Tolerance in minutes (empty: global default)"}),l("input",{id:`${M}-tolerance`,type:"number",min:"0",value:d,onInput:A=>p(A.currentTarget.value)})]}),l("label",{class:"check",children:[l("input",{type:"checkbox",checked:m,onChange:A=>h(A.currentTarget.checked)}),"Check for overdue runs"]}),l("div",{class:"field",children:[l("label",{for:`${M}-level`,children:"Warning alerts for"}),l("select",{id:`${M}-level`,value:v,onChange:A=>g(A.currentTarget.value),children:Nc.map(A=>l("option",{value:A,children:A.toLowerCase()},A))})]}),l("div",{class:"actions",children:[l("button",{type:"submit",class:"primary",disabled:_.busy,children:"Save schedule"}),l("button",{type:"button",class:"danger",disabled:S.busy,onClick:()=>{confirm(`Delete the job ${e.backupName} with its runs and alerts?`)&&S.run(async()=>xt((await Fe(_s,{input:{job:{id:e.id}}},Nr)).deleteBackupJob,"DeleteBackupJobPayload"),A=>`Deleted ${A.backupName}: ${A.deleted.runs} runs.`)},children:"Delete job"})]}),l(jt,{state:_}),l(jt,{state:S})]})}function Hs({groups:e,onChange:t}){let n=Ht(t);return e.length===0?l("p",{class:"muted",children:"No two servers share a name."}):l(Ae,{children:[l("ul",{class:"plain",children:e.map(r=>{let[o,...a]=r.servers;return l("li",{children:[l("strong",{children:r.name}),": ",r.servers.length," servers (",r.servers.map(u=>u.serverId).join(", "),")"," ",l("button",{type:"button",disabled:n.busy||!o,onClick:()=>{!o||!confirm(`Merge ${a.length} older server(s) named ${r.name} into the newest one?`)||n.run(async()=>xt((await Fe(bs,{input:{targetId:o.id,sourceIds:a.map(u=>u.id)}},Nr)).mergeServers,"MergeServersPayload"),u=>`Merged: ${u.counts.runsMoved} runs moved, ${u.counts.servers} servers removed.`)},children:"Merge into newest"})]},r.name)})}),l(jt,{state:n})]})}var Ei={admin:!0},Lc=[0,5,15,30,60,120,240,360,720,1440],Ic=["ONETIME","EVERY_DAY","EVERY_WEEK","EVERY_MONTH"];function js(){Qe(Jt);let e=nr("admin")!==null,{data:t,error:n,refetch:r}=Zt(ps,{},{admin:!0,skip:!e});return e?l(Ae,{children:[l("h1",{children:"Admin"}),l("p",{children:l("button",{type:"button",onClick:()=>Is("admin"),children:"Forget the admin token"})}),n&&l(Ae,{children:[l("p",{class:"error",role:"alert",children:n.message}),l(Cn,{kind:"admin"})]}),t&&l(Fc,{data:t,refetch:r})]}):l(Ae,{children:[l("h1",{children:"Admin"}),l(Cn,{kind:"admin"})]})}function Fc({data:e,refetch:t}){return l(Ae,{children:[l("section",{"aria-labelledby":"admin-monitoring",children:[l("h2",{id:"admin-monitoring",children:"Monitoring settings"}),l(Bc,{settings:e.monitoringSettings,onChange:t})]}),l("section",{"aria-labelledby":"admin-servers",children:[l("h2",{id:"admin-servers",children:"Servers and job schedules"}),e.servers.nodes.length===0&&l("p",{class:"muted",children:"No servers."}),e.servers.nodes.map(n=>l(Js,{server:n,onChange:t},n.id))]}),l("section",{"aria-labelledby":"admin-duplicates",children:[l("h2",{id:"admin-duplicates",children:"Duplicate servers"}),l(Hs,{groups:e.duplicateServers,onChange:t})]}),l("section",{"aria-labelledby":"admin-prune",children:[l("h2",{id:"admin-prune",children:"Prune old runs"}),l($c,{onChange:t})]}),l("section",{"aria-labelledby":"admin-usage",children:[l("h2",{id:"admin-usage",children:"Deprecated fields still in use"}),l(zc,{usage:e.deprecatedFieldUsage})]}),l("section",{"aria-labelledby":"admin-notifications",class:"card placeholder",children:[l("h2",{id:"admin-notifications",children:"Notifications"}),l("p",{children:"Notification channels, templates and deliveries will be managed here once the server's API offers them."})]})]})}function Bc({settings:e,onChange:t}){let[n,r]=re(e.defaultToleranceMilliseconds/6e4),[o,a]=re(e.reminderFrequency),u=Ht(t),d=Ht(t);return l("form",{class:"card",onSubmit:p=>{p.preventDefault(),u.run(async()=>xt((await Fe(ks,{input:{defaultToleranceMilliseconds:n*6e4,reminderFrequency:o}},Ei)).setMonitoringSettings,"SetMonitoringSettingsPayload"),()=>"Settings saved.")},children:[l("div",{class:"field",children:[l("label",{for:"default-tolerance",children:"Default tolerance"}),l("select",{id:"default-tolerance",value:n,onChange:p=>r(Number(p.currentTarget.value)),children:Lc.map(p=>l("option",{value:p,children:[p," min"]},p))})]}),l("div",{class:"field",children:[l("label",{for:"reminder-frequency",children:"Overdue reminders"}),l("select",{id:"reminder-frequency",value:o,onChange:p=>a(p.currentTarget.value),children:Ic.map(p=>l("option",{value:p,children:p.toLowerCase().replace("_"," ")},p))})]}),l("div",{class:"actions",children:[l("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save settings"}),l("button",{type:"button",disabled:d.busy,onClick:()=>{d.run(async()=>xt((await Fe(ws,{},Ei)).runOverdueCheck,"RunOverdueCheckPayload"),p=>p.check.message)},children:"Run the overdue check now"})]}),l(jt,{state:u}),l(jt,{state:d})]})}function $c({onChange:e}){let[t,n]=re(""),r=Ht(e);return l("form",{class:"card",onSubmit:o=>{o.preventDefault(),!(!t||!confirm(`Delete every run that ended before ${t}?`))&&r.run(async()=>xt((await Fe(ys,{olderThan:new Date(`${t}T00:00:00Z`).toISOString()},Ei)).pruneBackups,"PruneBackupsPayload"),a=>`Deleted ${a.deleted.runs} runs of ${a.deleted.jobsAffected} jobs.`)},children:[l("div",{class:"field",children:[l("label",{for:"prune-before",children:"Delete runs that ended before (UTC date)"}),l("input",{id:"prune-before",type:"date",required:!0,value:t,onInput:o=>n(o.currentTarget.value)})]}),l("button",{type:"submit",class:"danger",disabled:r.busy,children:"Prune"}),l(jt,{state:r})]})}function zc({usage:e}){return e.length===0?l("p",{class:"muted",children:"No client has used a deprecated field since the server started."}):l("div",{class:"table-scroll",children:l("table",{children:[l("caption",{class:"visually-hidden",children:"Deprecated fields by client"}),l("thead",{children:l("tr",{children:[l("th",{scope:"col",children:"Client"}),l("th",{scope:"col",children:"Field"}),l("th",{scope:"col",children:"Uses"}),l("th",{scope:"col",children:"Last used"})]})}),l("tbody",{children:e.map(t=>l("tr",{children:[l("td",{children:[t.client,t.clientVersion&&` ${t.clientVersion}`]}),l("td",{children:l("code",{children:t.coordinate})}),l("td",{children:t.count}),l("td",{children:Pe(t.lastSeenAt)})]},`${t.client}|${t.clientVersion}|${t.coordinate}`))})]})})}var Vc={OVERDUE:"Overdue",BACKUP_FAILED:"Backup failed",BACKUP_WARNING:"Backup warning"};function ho({alerts:e,onChange:t}){let[n,r]=re(null),[o,a]=re(!1),[u,d]=re(null);async function p(m){r(null),d(m);try{xt((await Fe(ms,{id:m},{admin:!0})).acknowledgeAlert,"AcknowledgeAlertPayload"),a(!1),t()}catch(h){r(`Not acknowledged: ${h.message}`),h instanceof rr&&a(!0)}finally{d(null)}}return e.length===0?l("p",{class:"muted",children:"No alerts."}):l("div",{children:[n&&l("p",{class:"error",role:"alert",children:n}),o&&l(Cn,{kind:"admin",onCancel:()=>a(!1),onSaved:()=>a(!1)}),l("ul",{class:"alerts",children:e.map(m=>l("li",{class:`alert-item ${m.active?"open":"closed"}`,"data-alert-id":m.id,children:[l("div",{children:[l("strong",{children:Vc[m.kind]}),m.job&&l("span",{children:[" · ",m.job.backupName]})," · ",l("span",{children:m.active?"open":"resolved"}),m.acknowledgedAt&&l("span",{class:"ack",children:[" · acknowledged ",Pe(m.acknowledgedAt)]})]}),l("div",{class:"muted",children:[m.message," — raised ",Pe(m.raisedAt),m.reminderCount>0&&`, ${m.reminderCount} reminder(s)`,m.resolvedAt&&`, resolved ${Pe(m.resolvedAt)}`]}),m.active&&!m.acknowledgedAt&&l("button",{type:"button",disabled:u===m.id,onClick:()=>p(m.id),children:"Acknowledge"})]},m.id))})]})}function bo({status:e}){let t=e??"NONE";return l("span",{class:`badge status-${t.toLowerCase()}`,children:Dr[t]})}function vo({since:e}){return l("span",{class:"badge overdue",title:e?`Overdue since ${new Date(e).toLocaleString()}`:"Overdue",children:"Overdue"})}var Uc="uplot",Wc="u-hz",Jc="u-vt",Hc="u-title",jc="u-wrap",qc="u-under",Gc="u-over",Kc="u-axis",Pn="u-off",Qc="u-select",Yc="u-cursor-x",Zc="u-cursor-y",Xc="u-cursor-pt",ed="u-legend",td="u-live",nd="u-inline",rd="u-series",od="u-marker",qs="u-label",id="u-value",Lr="width",Ir="height";var Gs="bottom",lr="left",Ri="right",ji="#000",Ks=ji+"0",Mi="mousemove",Qs="mousedown",Pi="mouseup",Ys="mouseenter",Zs="mouseleave",Xs="dblclick",ld="resize",sd="scroll",ea="change",So="dppxchange",qi="--",pr=typeof window<"u",Ii=pr?document:null,ar=pr?window:null,ad=pr?navigator:null,pe,_o;function Fi(){let e=devicePixelRatio;pe!=e&&(pe=e,_o&&$i(ea,_o,Fi),_o=matchMedia(`(min-resolution: ${pe-.001}dppx) and (max-resolution: ${pe+.001}dppx)`),Dn(ea,_o,Fi),ar.dispatchEvent(new CustomEvent(So)))}function pt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Bi(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Te(e,t,n){e.style[t]=n+"px"}function Ot(e,t,n,r){let o=Ii.createElement(e);return t!=null&&pt(o,t),n?.insertBefore(o,r),o}function At(e,t){return Ot("div",e,t)}var ta=new WeakMap;function Gt(e,t,n,r,o){let a="translate("+t+"px,"+n+"px)",u=ta.get(e);a!=u&&(e.style.transform=a,ta.set(e,a),t<0||n<0||t>r||n>o?pt(e,Pn):Bi(e,Pn))}var na=new WeakMap;function ra(e,t,n){let r=t+n,o=na.get(e);r!=o&&(na.set(e,r),e.style.background=t,e.style.borderColor=n)}var oa=new WeakMap;function ia(e,t,n,r){let o=t+""+n,a=oa.get(e);o!=a&&(oa.set(e,o),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=r?-t/2+"px":0,e.style.marginTop=r?-n/2+"px":0)}var Gi={passive:!0},ud={...Gi,capture:!0};function Dn(e,t,n,r){t.addEventListener(e,n,r?ud:Gi)}function $i(e,t,n,r){t.removeEventListener(e,n,Gi)}pr&&Fi();function Lt(e,t,n,r){let o;n=n||0,r=r||t.length-1;let a=r<=2147483647;for(;r-n>1;)o=a?n+r>>1:mt((n+r)/2),t[o]<e?n=o:r=o;return e-t[n]<=t[r]-e?n:r}function Na(e){return(n,r,o)=>{let a=-1,u=-1;for(let d=r;d<=o;d++)if(e(n[d])){a=d;break}for(let d=o;d>=r;d--)if(e(n[d])){u=d;break}return[a,u]}}var Oa=e=>e!=null,La=e=>e!=null&&e>0,To=Na(Oa),cd=Na(La);function dd(e,t,n,r=0,o=!1){let a=o?cd:To,u=o?La:Oa;[t,n]=a(e,t,n);let d=e[t],p=e[t];if(t>-1)if(r==1)d=e[t],p=e[n];else if(r==-1)d=e[n],p=e[t];else for(let m=t;m<=n;m++){let h=e[m];u(h)&&(h<d?d=h:h>p&&(p=h))}return[d??ve,p??-ve]}function Co(e,t,n,r){let o=aa(e),a=aa(t);e==t&&(o==-1?(e*=n,t/=n):(e/=n,t*=n));let u=n==10?Xt:Ia,d=o==1?mt:Tt,p=a==1?Tt:mt,m=d(u($e(e))),h=p(u($e(t))),v=ur(n,m),g=ur(n,h);return n==10&&(m<0&&(v=_e(v,-m)),h<0&&(g=_e(g,-h))),r||n==2?(e=v*o,t=g*a):(e=za(e,v),t=Eo(t,g)),[e,t]}function Ki(e,t,n,r){let o=Co(e,t,n,r);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}var Qi=.1,la={mode:3,pad:Qi},Br={pad:0,soft:null,mode:0},fd={min:Br,max:Br};function xo(e,t,n,r){return Ro(n)?sa(e,t,n):(Br.pad=n,Br.soft=r?0:null,Br.mode=r?3:0,sa(e,t,fd))}function de(e,t){return e??t}function pd(e,t,n){for(t=de(t,0),n=de(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function sa(e,t,n){let r=n.min,o=n.max,a=de(r.pad,0),u=de(o.pad,0),d=de(r.hard,-ve),p=de(o.hard,ve),m=de(r.soft,ve),h=de(o.soft,-ve),v=de(r.mode,0),g=de(o.mode,0),_=t-e,S=Xt(_),M=nt($e(e),$e(t)),A=Xt(M),D=$e(A-S);(_<1e-24||D>10)&&(_=0,(e==0||t==0)&&(_=1e-24,v==2&&m!=ve&&(a=0),g==2&&h!=-ve&&(u=0)));let k=_||M||1e3,C=Xt(k),x=ur(10,mt(C)),G=k*(_==0?e==0?.1:1:a),L=_e(za(e-G,x/10),24),Q=e>=m&&(v==1||v==3&&L<=m||v==2&&L>=m)?m:ve,H=nt(d,L<Q&&e>=Q?Q:It(Q,L)),ee=k*(_==0?t==0?.1:1:u),j=_e(Eo(t+ee,x/10),24),E=t<=h&&(g==1||g==3&&j>=h||g==2&&j<=h)?h:-ve,q=It(p,j>E&&t<=E?E:nt(E,j));return H==q&&H==0&&(q=100),[H,q]}var md=new Intl.NumberFormat(pr?ad.language:"en-US"),Yi=e=>md.format(e),gt=Math,wo=gt.PI,$e=gt.abs,mt=gt.floor,Be=gt.round,Tt=gt.ceil,It=gt.min,nt=gt.max,ur=gt.pow,aa=gt.sign,Xt=gt.log10,Ia=gt.log2,gd=(e,t=1)=>gt.sinh(e)*t,Di=(e,t=1)=>gt.asinh(e/t),ve=1/0;function ua(e){return(Xt((e^e>>31)-(e>>31))|0)+1}function zi(e,t,n){return It(nt(e,t),n)}function Fa(e){return typeof e=="function"}function le(e){return Fa(e)?e:()=>e}var hd=()=>{},Ba=e=>e,$a=(e,t)=>t,bd=e=>null,ca=e=>!0,da=(e,t)=>e==t,vd=/\.\d*?(?=9{6,}|0{6,})/gm,Nn=e=>{if(Ua(e)||fn.has(e))return e;let t=`${e}`,n=t.match(vd);if(n==null)return e;let r=n[0].length-1;if(t.indexOf("e-")!=-1){let[o,a]=t.split("e");return+`${Nn(o)}e${a}`}return _e(e,r)};function Rn(e,t){return Nn(_e(Nn(e/t))*t)}function Eo(e,t){return Nn(Tt(Nn(e/t))*t)}function za(e,t){return Nn(mt(Nn(e/t))*t)}function _e(e,t=0){if(Ua(e))return e;let n=10**t,r=e*n*(1+Number.EPSILON);return Be(r)/n}var fn=new Map;function Va(e){return((""+e).split(".")[1]||"").length}function zr(e,t,n,r){let o=[],a=r.map(Va);for(let u=t;u<n;u++){let d=$e(u),p=_e(ur(e,u),d);for(let m=0;m<r.length;m++){let h=e==10?+`${r[m]}e${u}`:r[m]*p,v=(u>=0?0:d)+(u>=a[m]?0:a[m]),g=e==10?h:_e(h,v);o.push(g),fn.set(g,v)}}return o}var $r={},Zi=[],cr=[null,null],dn=Array.isArray,Ua=Number.isInteger,_d=e=>e===void 0;function fa(e){return typeof e=="string"}function Ro(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function yd(e){return e!=null&&typeof e=="object"}var kd=Object.getPrototypeOf(Uint8Array),Wa="__proto__";function dr(e,t=Ro){let n;if(dn(e)){let r=e.find(o=>o!=null);if(dn(r)||t(r)){n=Array(e.length);for(let o=0;o<e.length;o++)n[o]=dr(e[o],t)}else n=e.slice()}else if(e instanceof kd)n=e.slice();else if(t(e)){n={};for(let r in e)r!=Wa&&(n[r]=dr(e[r],t))}else n=e;return n}function Oe(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let o in r)o!=Wa&&(Ro(e[o])?Oe(e[o],dr(r[o])):e[o]=dr(r[o]))}return e}var wd=0,Sd=1,xd=2;function Ad(e,t,n){for(let r=0,o,a=-1;r<t.length;r++){let u=t[r];if(u>a){for(o=u-1;o>=0&&e[o]==null;)e[o--]=null;for(o=u+1;o<n&&e[o]==null;)e[a=o++]=null}}}function Td(e,t){if(Rd(e)){let u=e[0].slice();for(let d=1;d<e.length;d++)u.push(...e[d].slice(1));return Md(u[0])||(u=Ed(u)),u}let n=new Set;for(let u=0;u<e.length;u++){let p=e[u][0],m=p.length;for(let h=0;h<m;h++)n.add(p[h])}let r=[Array.from(n).sort((u,d)=>u-d)],o=r[0].length,a=new Map;for(let u=0;u<o;u++)a.set(r[0][u],u);for(let u=0;u<e.length;u++){let d=e[u],p=d[0];for(let m=1;m<d.length;m++){let h=d[m],v=Array(o).fill(void 0),g=t?t[u][m]:Sd,_=[];for(let S=0;S<h.length;S++){let M=h[S],A=a.get(p[S]);M===null?g!=wd&&(v[A]=M,g==xd&&_.push(A)):v[A]=M}Ad(v,_,o),r.push(v)}}return r}var Cd=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ed(e){let t=e[0],n=t.length,r=Array(n);for(let a=0;a<r.length;a++)r[a]=a;r.sort((a,u)=>t[a]-t[u]);let o=[];for(let a=0;a<e.length;a++){let u=e[a],d=Array(n);for(let p=0;p<n;p++)d[p]=u[r[p]];o.push(d)}return o}function Rd(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let o=e[r][0];if(o.length!=n)return!1;if(o!=t){for(let a=0;a<n;a++)if(o[a]!=t[a])return!1}}return!0}function Md(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,o=n-1;for(;r<=o&&e[r]==null;)r++;for(;o>=r&&e[o]==null;)o--;if(o<=r)return!0;let a=nt(1,mt((o-r+1)/t));for(let u=e[r],d=r+a;d<=o;d+=a){let p=e[d];if(p!=null){if(p<=u)return!1;u=p}}return!0}var Ja=["January","February","March","April","May","June","July","August","September","October","November","December"],Ha=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ja(e){return e.slice(0,3)}var Pd=Ha.map(ja),Dd=Ja.map(ja),Nd={MMMM:Ja,MMM:Dd,WWWW:Ha,WWW:Pd};function Or(e){return(e<10?"0":"")+e}function Od(e){return(e<10?"00":e<100?"0":"")+e}var Ld={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Or(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Or(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Or(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Or(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Or(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Od(e.getMilliseconds())};function Xi(e,t){t=t||Nd;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=r.exec(e);)n.push(o[0][0]=="{"?Ld[o[1]]:o[0]);return a=>{let u="";for(let d=0;d<n.length;d++)u+=typeof n[d]=="string"?n[d]:n[d](a,t);return u}}var Id=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Fd(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Id?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var qa=e=>e%1==0,Ao=[1,2,2.5,5],Bd=zr(10,-32,0,Ao),Ga=zr(10,0,32,Ao),$d=Ga.filter(qa),Mn=Bd.concat(Ga),el=`
`,Ka="{YYYY}",pa=el+Ka,Qa="{M}/{D}",Fr=el+Qa,yo=Fr+"/{YY}",Ya="{aa}",zd="{h}:{mm}",sr=zd+Ya,ma=el+sr,ga=":{ss}",me=null;function Za(e){let t=e*1e3,n=t*60,r=n*60,o=r*24,a=o*30,u=o*365,p=(e==1?zr(10,0,3,Ao).filter(qa):zr(10,-3,0,Ao)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,a,a*2,a*3,a*4,a*6,u,u*2,u*5,u*10,u*25,u*50,u*100]),m=[[u,Ka,me,me,me,me,me,me,1],[o*28,"{MMM}",pa,me,me,me,me,me,1],[o,Qa,pa,me,me,me,me,me,1],[r,"{h}"+Ya,yo,me,Fr,me,me,me,1],[n,sr,yo,me,Fr,me,me,me,1],[t,ga,yo+" "+sr,me,Fr+" "+sr,me,ma,me,1],[e,ga+".{fff}",yo+" "+sr,me,Fr+" "+sr,me,ma,me,1]];function h(v){return(g,_,S,M,A,D)=>{let k=[],C=A>=u,x=A>=a&&A<u,G=v(S),L=_e(G*e,3),Q=Ni(G.getFullYear(),C?0:G.getMonth(),x||C?1:G.getDate()),H=_e(Q*e,3);if(x||C){let ee=x?A/a:0,j=C?A/u:0,E=L==H?L:_e(Ni(Q.getFullYear()+j,Q.getMonth()+ee,1)*e,3),q=new Date(Be(E/e)),F=q.getFullYear(),N=q.getMonth();for(let O=0;E<=M;O++){let I=Ni(F+j*O,N+ee*O,1),P=I-v(_e(I*e,3));E=_e((+I+P)*e,3),E<=M&&k.push(E)}}else{let ee=A>=o?o:A,j=mt(S)-mt(L),E=H+j+Eo(L-H,ee);k.push(E);let q=v(E),F=q.getHours()+q.getMinutes()/n+q.getSeconds()/r,N=A/r,O=g.axes[_]._space,I=D/O;for(;E=_e(E+A,e==1?0:3),!(E>M);)if(N>1){let P=mt(_e(F+N,6))%24,U=v(E).getHours()-P;U>1&&(U=-1),E-=U*r,F=(F+N)%24;let oe=k[k.length-1];_e((E-oe)/A,3)*I>=.7&&k.push(E)}else k.push(E)}return k}}return[p,m,h]}var[Vd,Ud,Wd]=Za(1),[Jd,Hd,jd]=Za(.001);zr(2,-53,53,[1]);function ha(e,t){return e.map(n=>n.map((r,o)=>o==0||o==8||r==null?r:t(o==1||n[8]==0?r:n[1]+r)))}function ba(e,t){return(n,r,o,a,u)=>{let d=t.find(S=>u>=S[0])||t[t.length-1],p,m,h,v,g,_;return r.map(S=>{let M=e(S),A=M.getFullYear(),D=M.getMonth(),k=M.getDate(),C=M.getHours(),x=M.getMinutes(),G=M.getSeconds(),L=A!=p&&d[2]||D!=m&&d[3]||k!=h&&d[4]||C!=v&&d[5]||x!=g&&d[6]||G!=_&&d[7]||d[1];return p=A,m=D,h=k,v=C,g=x,_=G,L(M)})}}function qd(e,t){let n=Xi(t);return(r,o,a,u,d)=>o.map(p=>n(e(p)))}function Ni(e,t,n){return new Date(e,t,n)}function va(e,t){return t(e)}var Gd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function _a(e,t){return(n,r,o,a)=>a==null?qi:t(e(r))}function Kd(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Qd(e,t){return e.series[t].fill(e,t)}var Yd={show:!0,live:!0,isolate:!1,mount:hd,markers:{show:!0,width:2,stroke:Kd,fill:Qd,dash:"solid"},idx:null,idxs:null,values:[]};function Zd(e,t){let n=e.cursor.points,r=At(),o=n.size(e,t);Te(r,Lr,o),Te(r,Ir,o);let a=o/-2;Te(r,"marginLeft",a),Te(r,"marginTop",a);let u=n.width(e,t,o);return u&&Te(r,"borderWidth",u),r}function Xd(e,t){let n=e.series[t].points;return n._fill||n._stroke}function ef(e,t){let n=e.series[t].points;return n._stroke||n._fill}function tf(e,t){return e.series[t].points.size}var Oi=[0,0];function nf(e,t,n){return Oi[0]=t,Oi[1]=n,Oi}function ko(e,t,n,r=!0){return o=>{o.button==0&&(!r||o.target==t)&&n(o)}}function Li(e,t,n,r=!0){return o=>{(!r||o.target==t)&&n(o)}}var rf={show:!0,x:!0,y:!0,lock:!1,move:nf,points:{one:!1,show:Zd,size:tf,width:0,stroke:ef,fill:Xd},bind:{mousedown:ko,mouseup:ko,click:ko,dblclick:ko,mousemove:Li,mouseleave:Li,mouseenter:Li},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,o)=>r-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Xa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},tl=Oe({},Xa,{filter:$a}),eu=Oe({},tl,{size:10}),tu=Oe({},Xa,{show:!1}),nl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',nu="bold "+nl,ru=1.5,ya={show:!0,scale:"x",stroke:ji,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:nu,side:2,grid:tl,ticks:eu,border:tu,font:nl,lineGap:ru,rotate:0},of="Value",lf="Time",ka={show:!0,scale:"x",auto:!1,sorted:1,min:ve,max:-ve,idxs:[]};function sf(e,t,n,r,o){return t.map(a=>a==null?"":Yi(a))}function af(e,t,n,r,o,a,u){let d=[],p=fn.get(o)||0;n=u?n:_e(Eo(n,o),p);for(let m=n;m<=r;m=_e(m+o,p))d.push(Object.is(m,-0)?0:m);return d}function Vi(e,t,n,r,o,a,u){let d=[],p=e.scales[e.axes[t].scale].log,m=p==10?Xt:Ia,h=mt(m(n));o=ur(p,h),p==10&&(o=Mn[Lt(o,Mn)]);let v=n,g=o*p;p==10&&(g=Mn[Lt(g,Mn)]);do d.push(v),v=v+o,p==10&&!fn.has(v)&&(v=_e(v,fn.get(o))),v>=g&&(o=v,g=o*p,p==10&&(g=Mn[Lt(g,Mn)]));while(v<=r);return d}function uf(e,t,n,r,o,a,u){let p=e.scales[e.axes[t].scale].asinh,m=r>p?Vi(e,t,nt(p,n),r,o):[p],h=r>=0&&n<=0?[0]:[];return(n<-p?Vi(e,t,nt(p,-r),-n,o):[p]).reverse().map(g=>-g).concat(h,m)}var ou=/./,cf=/[12357]/,df=/[125]/,wa=/1/,Ui=(e,t,n,r)=>e.map((o,a)=>t==4&&o==0||a%r==0&&n.test(o.toExponential()[o<0?1:0])?o:null);function ff(e,t,n,r,o){let a=e.axes[n],u=a.scale,d=e.scales[u],p=e.valToPos,m=a._space,h=p(10,u),v=p(9,u)-h>=m?ou:p(7,u)-h>=m?cf:p(5,u)-h>=m?df:wa;if(v==wa){let g=$e(p(1,u)-h);if(g<m)return Ui(t.slice().reverse(),d.distr,v,Tt(m/g)).reverse()}return Ui(t,d.distr,v,1)}function pf(e,t,n,r,o){let a=e.axes[n],u=a.scale,d=a._space,p=e.valToPos,m=$e(p(1,u)-p(2,u));return m<d?Ui(t.slice().reverse(),3,ou,Tt(d/m)).reverse():t}function mf(e,t,n,r){return r==null?qi:t==null?"":Yi(t)}var Sa={show:!0,scale:"y",stroke:ji,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:nu,side:3,grid:tl,ticks:eu,border:tu,font:nl,lineGap:ru,rotate:0};function gf(e,t){let n=3+(e||1)*2;return _e(n*t,3)}function hf(e,t){let{scale:n,idxs:r}=e.series[0],o=e._data[0],a=e.valToPos(o[r[0]],n,!0),u=e.valToPos(o[r[1]],n,!0),d=$e(u-a),p=e.series[t],m=d/(p.points.space*pe);return r[1]-r[0]<=m}var xa={scale:null,auto:!0,sorted:0,min:ve,max:-ve},iu=(e,t,n,r,o)=>o,Aa={show:!0,auto:!0,sorted:0,gaps:iu,alpha:1,facets:[Oe({},xa,{scale:"x"}),Oe({},xa,{scale:"y"})]},Ta={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:iu,alpha:1,points:{show:hf,filter:null},values:null,min:ve,max:-ve,idxs:[],path:null,clip:null};function bf(e,t,n,r,o){return n/10}var lu={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},vf=Oe({},lu,{time:!1,ori:1}),Ca={};function su(e,t){let n=Ca[e];return n||(n={key:e,plots:[],sub(r){n.plots.push(r)},unsub(r){n.plots=n.plots.filter(o=>o!=r)},pub(r,o,a,u,d,p,m){for(let h=0;h<n.plots.length;h++)n.plots[h]!=o&&n.plots[h].pub(r,o,a,u,d,p,m)}},e!=null&&(Ca[e]=n)),n}var fr=1,Wi=2;function On(e,t,n){let r=e.mode,o=e.series[t],a=r==2?e._data[t]:e._data,u=e.scales,d=e.bbox,p=a[0],m=r==2?a[1]:a[t],h=r==2?u[o.facets[0].scale]:u[e.series[0].scale],v=r==2?u[o.facets[1].scale]:u[o.scale],g=d.left,_=d.top,S=d.width,M=d.height,A=e.valToPosH,D=e.valToPosV;return h.ori==0?n(o,p,m,h,v,A,D,g,_,S,M,Po,mr,No,uu,du):n(o,p,m,h,v,D,A,_,g,M,S,Do,gr,il,cu,fu)}function rl(e,t){let n=0,r=0,o=de(e.bands,Zi);for(let a=0;a<o.length;a++){let u=o[a];u.series[0]==t?n=u.dir:u.series[1]==t&&(u.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function _f(e,t,n,r,o){let a=e.mode,u=e.series[t],d=a==2?u.facets[1].scale:u.scale,p=e.scales[d];return o==-1?p.min:o==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function en(e,t,n,r,o,a){return On(e,t,(u,d,p,m,h,v,g,_,S,M,A)=>{let D=u.pxRound,k=m.dir*(m.ori==0?1:-1),C=m.ori==0?mr:gr,x,G;k==1?(x=n,G=r):(x=r,G=n);let L=D(v(d[x],m,M,_)),Q=D(g(p[x],h,A,S)),H=D(v(d[G],m,M,_)),ee=D(g(a==1?h.max:h.min,h,A,S)),j=new Path2D(o);return C(j,H,ee),C(j,L,ee),C(j,L,Q),j})}function Mo(e,t,n,r,o,a){let u=null;if(e.length>0){u=new Path2D;let d=t==0?No:il,p=n;for(let v=0;v<e.length;v++){let g=e[v];if(g[1]>g[0]){let _=g[0]-p;_>0&&d(u,p,r,_,r+a),p=g[1]}}let m=n+o-p,h=10;m>0&&d(u,p,r-h/2,m,r+a+h)}return u}function yf(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function ol(e,t,n,r,o,a,u){let d=[],p=e.length;for(let m=o==1?n:r;m>=n&&m<=r;m+=o)if(t[m]===null){let v=m,g=m;if(o==1)for(;++m<=r&&t[m]===null;)g=m;else for(;--m>=n&&t[m]===null;)g=m;let _=a(e[v]),S=g==v?_:a(e[g]),M=v-o;_=u<=0&&M>=0&&M<p?a(e[M]):_;let D=g+o;S=u>=0&&D>=0&&D<p?a(e[D]):S,S>=_&&d.push([_,S])}return d}function Ea(e){return e==0?Ba:e==1?Be:t=>Rn(t,e)}function au(e){let t=e==0?Po:Do,n=e==0?(o,a,u,d,p,m)=>{o.arcTo(a,u,d,p,m)}:(o,a,u,d,p,m)=>{o.arcTo(u,a,p,d,m)},r=e==0?(o,a,u,d,p)=>{o.rect(a,u,d,p)}:(o,a,u,d,p)=>{o.rect(u,a,p,d)};return(o,a,u,d,p,m=0,h=0)=>{m==0&&h==0?r(o,a,u,d,p):(m=It(m,d/2,p/2),h=It(h,d/2,p/2),t(o,a+m,u),n(o,a+d,u,a+d,u+p,m),n(o,a+d,u+p,a,u+p,h),n(o,a,u+p,a,u,h),n(o,a,u,a+d,u,m),o.closePath())}}var Po=(e,t,n)=>{e.moveTo(t,n)},Do=(e,t,n)=>{e.moveTo(n,t)},mr=(e,t,n)=>{e.lineTo(t,n)},gr=(e,t,n)=>{e.lineTo(n,t)},No=au(0),il=au(1),uu=(e,t,n,r,o,a)=>{e.arc(t,n,r,o,a)},cu=(e,t,n,r,o,a)=>{e.arc(n,t,r,o,a)},du=(e,t,n,r,o,a,u)=>{e.bezierCurveTo(t,n,r,o,a,u)},fu=(e,t,n,r,o,a,u)=>{e.bezierCurveTo(n,t,o,r,u,a)};function pu(e){return(t,n,r,o,a)=>On(t,n,(u,d,p,m,h,v,g,_,S,M,A)=>{let{pxRound:D,points:k}=u,C,x;m.ori==0?(C=Po,x=uu):(C=Do,x=cu);let G=_e(k.width*pe,3),L=(k.size-k.width)/2*pe,Q=_e(L*2,3),H=new Path2D,ee=new Path2D,{left:j,top:E,width:q,height:F}=t.bbox;No(ee,j-Q,E-Q,q+Q*2,F+Q*2);let N=O=>{if(p[O]!=null){let I=D(v(d[O],m,M,_)),P=D(g(p[O],h,A,S));C(H,I+L,P),x(H,I,P,L,0,wo*2)}};if(a)a.forEach(N);else for(let O=r;O<=o;O++)N(O);return{stroke:G>0?H:null,fill:H,clip:ee,flags:fr|Wi}})}function mu(e){return(t,n,r,o,a,u)=>{r!=o&&(a!=r&&u!=r&&e(t,n,r),a!=o&&u!=o&&e(t,n,o),e(t,n,u))}}var kf=mu(mr),wf=mu(gr);function gu(e){let t=de(e?.alignGaps,0);return(n,r,o,a)=>On(n,r,(u,d,p,m,h,v,g,_,S,M,A)=>{[o,a]=To(p,o,a);let D=u.pxRound,k=F=>D(v(F,m,M,_)),C=F=>D(g(F,h,A,S)),x,G;m.ori==0?(x=mr,G=kf):(x=gr,G=wf);let L=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fr},H=Q.stroke,ee=!1;if(a-o>=M*4){let F=W=>n.posToVal(W,m.key,!0),N=null,O=null,I,P,se,Y=k(d[L==1?o:a]),U=k(d[o]),oe=k(d[a]),Z=F(L==1?U+1:oe-1);for(let W=L==1?o:a;W>=o&&W<=a;W+=L){let ye=d[W],te=(L==1?ye<Z:ye>Z)?Y:k(ye),ae=p[W];te==Y?ae!=null?(P=ae,N==null?(x(H,te,C(P)),I=N=O=P):P<N?N=P:P>O&&(O=P)):ae===null&&(ee=!0):(N!=null&&G(H,Y,C(N),C(O),C(I),C(P)),ae!=null?(P=ae,x(H,te,C(P)),N=O=I=P):(N=O=null,ae===null&&(ee=!0)),Y=te,Z=F(Y+L))}N!=null&&N!=O&&se!=Y&&G(H,Y,C(N),C(O),C(I),C(P))}else for(let F=L==1?o:a;F>=o&&F<=a;F+=L){let N=p[F];N===null?ee=!0:N!=null&&x(H,k(d[F]),C(N))}let[E,q]=rl(n,r);if(u.fill!=null||E!=0){let F=Q.fill=new Path2D(H),N=u.fillTo(n,r,u.min,u.max,E),O=C(N),I=k(d[o]),P=k(d[a]);L==-1&&([P,I]=[I,P]),x(F,P,O),x(F,I,O)}if(!u.spanGaps){let F=[];ee&&F.push(...ol(d,p,o,a,L,k,t)),Q.gaps=F=u.gaps(n,r,o,a,F),Q.clip=Mo(F,m.ori,_,S,M,A)}return q!=0&&(Q.band=q==2?[en(n,r,o,a,H,-1),en(n,r,o,a,H,1)]:en(n,r,o,a,H,q)),Q})}function Sf(e){let t=de(e.align,1),n=de(e.ascDesc,!1),r=de(e.alignGaps,0),o=de(e.extend,!1);return(a,u,d,p)=>On(a,u,(m,h,v,g,_,S,M,A,D,k,C)=>{[d,p]=To(v,d,p);let x=m.pxRound,{left:G,width:L}=a.bbox,Q=U=>x(S(U,g,k,A)),H=U=>x(M(U,_,C,D)),ee=g.ori==0?mr:gr,j={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fr},E=j.stroke,q=g.dir*(g.ori==0?1:-1),F=H(v[q==1?d:p]),N=Q(h[q==1?d:p]),O=N,I=N;o&&t==-1&&(I=G,ee(E,I,F)),ee(E,N,F);for(let U=q==1?d:p;U>=d&&U<=p;U+=q){let oe=v[U];if(oe==null)continue;let Z=Q(h[U]),W=H(oe);t==1?ee(E,Z,F):ee(E,O,W),ee(E,Z,W),F=W,O=Z}let P=O;o&&t==1&&(P=G+L,ee(E,P,F));let[se,Y]=rl(a,u);if(m.fill!=null||se!=0){let U=j.fill=new Path2D(E),oe=m.fillTo(a,u,m.min,m.max,se),Z=H(oe);ee(U,P,Z),ee(U,I,Z)}if(!m.spanGaps){let U=[];U.push(...ol(h,v,d,p,q,Q,r));let oe=m.width*pe/2,Z=n||t==1?oe:-oe,W=n||t==-1?-oe:oe;U.forEach(ye=>{ye[0]+=Z,ye[1]+=W}),j.gaps=U=m.gaps(a,u,d,p,U),j.clip=Mo(U,g.ori,A,D,k,C)}return Y!=0&&(j.band=Y==2?[en(a,u,d,p,E,-1),en(a,u,d,p,E,1)]:en(a,u,d,p,E,Y)),j})}function Ra(e,t,n,r,o,a,u=ve){if(e.length>1){let d=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(d!=null){let h=$e(e[p]-e[d]);h<m&&(m=h,u=$e(n(e[p],r,o,a)-n(e[d],r,o,a)))}d=p}}return u}function xf(e){e=e||$r;let t=de(e.size,[.6,ve,1]),n=e.align||0,r=e.gap||0,o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;let a=le(o),u=1-t[0],d=de(t[1],ve),p=de(t[2],1),m=de(e.disp,$r),h=de(e.each,_=>{}),{fill:v,stroke:g}=m;return(_,S,M,A)=>On(_,S,(D,k,C,x,G,L,Q,H,ee,j,E)=>{let q=D.pxRound,F=n,N=r*pe,O=d*pe,I=p*pe,P,se;x.ori==0?[P,se]=a(_,S):[se,P]=a(_,S);let Y=x.dir*(x.ori==0?1:-1),U=x.ori==0?No:il,oe=x.ori==0?h:(z,ke,Le,Bn,hn,Bt,bn)=>{h(z,ke,Le,hn,Bn,bn,Bt)},Z=de(_.bands,Zi).find(z=>z.series[0]==S),W=Z!=null?Z.dir:0,ye=D.fillTo(_,S,D.min,D.max,W),ue=q(Q(ye,G,E,ee)),te,ae,ht,Ye=j,Ee=q(D.width*pe),Ft=!1,Kt=null,bt=null,tn=null,Ln=null;v!=null&&(Ee==0||g!=null)&&(Ft=!0,Kt=v.values(_,S,M,A),bt=new Map,new Set(Kt).forEach(z=>{z!=null&&bt.set(z,new Path2D)}),Ee>0&&(tn=g.values(_,S,M,A),Ln=new Map,new Set(tn).forEach(z=>{z!=null&&Ln.set(z,new Path2D)})));let{x0:In,size:vr}=m;if(In!=null&&vr!=null){F=1,k=In.values(_,S,M,A),In.unit==2&&(k=k.map(Le=>_.posToVal(H+Le*j,x.key,!0)));let z=vr.values(_,S,M,A);vr.unit==2?ae=z[0]*j:ae=L(z[0],x,j,H)-L(0,x,j,H),Ye=Ra(k,C,L,x,j,H,Ye),ht=Ye-ae+N}else Ye=Ra(k,C,L,x,j,H,Ye),ht=Ye*u+N,ae=Ye-ht;ht<1&&(ht=0),Ee>=ae/2&&(Ee=0),ht<5&&(q=Ba);let Wr=ht>0,mn=Ye-ht-(Wr?Ee:0);ae=q(zi(mn,I,O)),te=(F==0?ae/2:F==Y?0:ae)-F*Y*((F==0?N/2:0)+(Wr?Ee/2:0));let Ze={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Fn=Ft?null:new Path2D,Qt=null;if(Z!=null)Qt=_.data[Z.series[1]];else{let{y0:z,y1:ke}=m;z!=null&&ke!=null&&(C=ke.values(_,S,M,A),Qt=z.values(_,S,M,A))}let gn=P*ae,ne=se*ae;for(let z=Y==1?M:A;z>=M&&z<=A;z+=Y){let ke=C[z];if(ke==null)continue;if(Qt!=null){let ot=Qt[z]??0;if(ke-ot==0)continue;ue=Q(ot,G,E,ee)}let Le=x.distr!=2||m!=null?k[z]:z,Bn=L(Le,x,j,H),hn=Q(de(ke,ye),G,E,ee),Bt=q(Bn-te),bn=q(nt(hn,ue)),st=q(It(hn,ue)),vt=bn-st;if(ke!=null){let ot=ke<0?ne:gn,Ct=ke<0?gn:ne;Ft?(Ee>0&&tn[z]!=null&&U(Ln.get(tn[z]),Bt,st+mt(Ee/2),ae,nt(0,vt-Ee),ot,Ct),Kt[z]!=null&&U(bt.get(Kt[z]),Bt,st+mt(Ee/2),ae,nt(0,vt-Ee),ot,Ct)):U(Fn,Bt,st+mt(Ee/2),ae,nt(0,vt-Ee),ot,Ct),oe(_,S,z,Bt-Ee/2,st,ae+Ee,vt)}}return Ee>0?Ze.stroke=Ft?Ln:Fn:Ft||(Ze._fill=D.width==0?D._fill:D._stroke??D._fill,Ze.width=0),Ze.fill=Ft?bt:Fn,Ze})}function Af(e,t){let n=de(t?.alignGaps,0);return(r,o,a,u)=>On(r,o,(d,p,m,h,v,g,_,S,M,A,D)=>{[a,u]=To(m,a,u);let k=d.pxRound,C=P=>k(g(P,h,A,S)),x=P=>k(_(P,v,D,M)),G,L,Q;h.ori==0?(G=Po,Q=mr,L=du):(G=Do,Q=gr,L=fu);let H=h.dir*(h.ori==0?1:-1),ee=C(p[H==1?a:u]),j=ee,E=[],q=[];for(let P=H==1?a:u;P>=a&&P<=u;P+=H)if(m[P]!=null){let Y=p[P],U=C(Y);E.push(j=U),q.push(x(m[P]))}let F={stroke:e(E,q,G,Q,L,k),fill:null,clip:null,band:null,gaps:null,flags:fr},N=F.stroke,[O,I]=rl(r,o);if(d.fill!=null||O!=0){let P=F.fill=new Path2D(N),se=d.fillTo(r,o,d.min,d.max,O),Y=x(se);Q(P,j,Y),Q(P,ee,Y)}if(!d.spanGaps){let P=[];P.push(...ol(p,m,a,u,H,C,n)),F.gaps=P=d.gaps(r,o,a,u,P),F.clip=Mo(P,h.ori,S,M,A,D)}return I!=0&&(F.band=I==2?[en(r,o,a,u,N,-1),en(r,o,a,u,N,1)]:en(r,o,a,u,N,I)),F})}function Tf(e){return Af(Cf,e)}function Cf(e,t,n,r,o,a){let u=e.length;if(u<2)return null;let d=new Path2D;if(n(d,e[0],t[0]),u==2)r(d,e[1],t[1]);else{let p=Array(u),m=Array(u-1),h=Array(u-1),v=Array(u-1);for(let g=0;g<u-1;g++)h[g]=t[g+1]-t[g],v[g]=e[g+1]-e[g],m[g]=h[g]/v[g];p[0]=m[0];for(let g=1;g<u-1;g++)m[g]===0||m[g-1]===0||m[g-1]>0!=m[g]>0?p[g]=0:(p[g]=3*(v[g-1]+v[g])/((2*v[g]+v[g-1])/m[g-1]+(v[g]+2*v[g-1])/m[g]),isFinite(p[g])||(p[g]=0));p[u-1]=m[u-2];for(let g=0;g<u-1;g++)o(d,e[g]+v[g]/3,t[g]+p[g]*v[g]/3,e[g+1]-v[g]/3,t[g+1]-p[g+1]*v[g]/3,e[g+1],t[g+1])}return d}var Ji=new Set;function Ma(){for(let e of Ji)e.syncRect(!0)}pr&&(Dn(ld,ar,Ma),Dn(sd,ar,Ma,!0),Dn(So,ar,()=>{Ge.pxRatio=pe}));var Ef=gu(),Rf=pu();function Pa(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,u)=>Hi(a,u,t,n))}function Mf(e,t){return e.map((n,r)=>r==0?{}:Oe({},t,n))}function Hi(e,t,n,r){return Oe({},t==0?n:r,e)}function hu(e,t,n){return t==null?cr:[t,n]}var Pf=hu;function Df(e,t,n){return t==null?cr:xo(t,n,Qi,!0)}function bu(e,t,n,r){return t==null?cr:Co(t,n,e.scales[r].log,!1)}var Nf=bu;function vu(e,t,n,r){return t==null?cr:Ki(t,n,e.scales[r].log,!1)}var Of=vu;function Lf(e,t,n,r,o){let a=nt(ua(e),ua(t)),u=t-e,d=Lt(o/r*u,n);do{let p=n[d],m=r*p/u;if(m>=o&&a+(p<5?fn.get(p):0)<=17)return[p,m]}while(++d<n.length);return[0,0]}function Da(e){let t,n;return e=e.replace(/(\d+)px/,(r,o)=>(t=Be((n=+o)*pe))+"px"),[e,t,n]}function If(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=_e(t[2]*pe,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Ge(e,t,n){let r={mode:de(e.mode,1)},o=r.mode;function a(i,s,c,f){let b=s.valToPct(i);return f+c*(s.dir==-1?1-b:b)}function u(i,s,c,f){let b=s.valToPct(i);return f+c*(s.dir==-1?b:1-b)}function d(i,s,c,f){return s.ori==0?a(i,s,c,f):u(i,s,c,f)}r.valToPosH=a,r.valToPosV=u;let p=!1;r.status=0;let m=r.root=At(Uc);if(e.id!=null&&(m.id=e.id),pt(m,e.class),e.title){let i=At(Hc,m);i.textContent=e.title}let h=Ot("canvas"),v=r.ctx=h.getContext("2d"),g=At(jc,m);Dn("click",g,i=>{i.target===S&&(we!=Kn||Ce!=Qn)&&qe.click(r,i)},!0);let _=r.under=At(qc,g);g.appendChild(h);let S=r.over=At(Gc,g);e=dr(e);let M=+de(e.pxAlign,1),A=Ea(M);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(r,e)||e)});let D=e.ms||.001,k=r.series=o==1?Pa(e.series||[],ka,Ta,!1):Mf(e.series||[null],Aa),C=r.axes=Pa(e.axes||[],ya,Sa,!0),x=r.scales={},G=r.bands=e.bands||[];G.forEach(i=>{i.fill=le(i.fill||null),i.dir=de(i.dir,-1)});let L=o==2?k[1].facets[0].scale:k[0].scale,Q={axes:Wu,series:Bu},H=(e.drawOrder||["axes","series"]).map(i=>Q[i]);function ee(i){let s=i.distr==3?c=>Xt(c>0?c:i.clamp(r,c,i.min,i.max,i.key)):i.distr==4?c=>Di(c,i.asinh):i.distr==100?c=>i.fwd(c):c=>c;return c=>{let f=s(c),{_min:b,_max:y}=i,w=y-b;return(f-b)/w}}function j(i){let s=x[i];if(s==null){let c=(e.scales||$r)[i]||$r;if(c.from!=null){j(c.from);let f=Oe({},x[c.from],c,{key:i});f.valToPct=ee(f),x[i]=f}else{s=x[i]=Oe({},i==L?lu:vf,c),s.key=i;let f=s.time,b=s.range,y=dn(b);if((i!=L||o==2&&!f)&&(y&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?la:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?la:{mode:1,hard:b[1],soft:b[1]}},y=!1),!y&&Ro(b))){let w=b;b=(T,R,B)=>R==null?cr:xo(R,B,w)}s.range=le(b||(f?Pf:i==L?s.distr==3?Nf:s.distr==4?Of:hu:s.distr==3?bu:s.distr==4?vu:Df)),s.auto=le(y?!1:s.auto),s.clamp=le(s.clamp||bf),s._min=s._max=null,s.valToPct=ee(s)}}}j("x"),j("y"),o==1&&k.forEach(i=>{j(i.scale)}),C.forEach(i=>{j(i.scale)});for(let i in e.scales)j(i);let E=x[L],q=E.distr,F,N;E.ori==0?(pt(m,Wc),F=a,N=u):(pt(m,Jc),F=u,N=a);let O={};for(let i in x){let s=x[i];(s.min!=null||s.max!=null)&&(O[i]={min:s.min,max:s.max},s.min=s.max=null)}let I=e.tzDate||(i=>new Date(Be(i/D))),P=e.fmtDate||Xi,se=D==1?Wd(I):jd(I),Y=ba(I,ha(D==1?Ud:Hd,P)),U=_a(I,va(Gd,P)),oe=[],Z=r.legend=Oe({},Yd,e.legend),W=r.cursor=Oe({},rf,{drag:{y:o==2}},e.cursor),ye=Z.show,ue=W.show,te=Z.markers;Z.idxs=oe,te.width=le(te.width),te.dash=le(te.dash),te.stroke=le(te.stroke),te.fill=le(te.fill);let ae,ht,Ye,Ee=[],Ft=[],Kt,bt=!1,tn={};if(Z.live){let i=k[1]?k[1].values:null;bt=i!=null,Kt=bt?i(r,1,0):{_:0};for(let s in Kt)tn[s]=qi}if(ye)if(ae=Ot("table",ed,m),Ye=Ot("tbody",null,ae),Z.mount(r,ae),bt){ht=Ot("thead",null,ae,Ye);let i=Ot("tr",null,ht);Ot("th",null,i);for(var Ln in Kt)Ot("th",qs,i).textContent=Ln}else pt(ae,nd),Z.live&&pt(ae,td);let In={show:!0},vr={show:!1};function Wr(i,s){if(s==0&&(bt||!Z.live||o==2))return cr;let c=[],f=Ot("tr",rd,Ye,Ye.childNodes[s]);pt(f,i.class),i.show||pt(f,Pn);let b=Ot("th",null,f);if(te.show){let T=At(od,b);if(s>0){let R=te.width(r,s);R&&(T.style.border=R+"px "+te.dash(r,s)+" "+te.stroke(r,s)),T.style.background=te.fill(r,s)}}let y=At(qs,b);i.label instanceof HTMLElement?y.appendChild(i.label):y.textContent=i.label,s>0&&(te.show||(y.style.color=i.width>0?te.stroke(r,s):te.fill(r,s)),Ze("click",b,T=>{if(W._lock)return;_n(T);let R=k.indexOf(i);if((T.ctrlKey||T.metaKey)!=Z.isolate){let B=k.some(($,V)=>V>0&&V!=R&&$.show);k.forEach(($,V)=>{V>0&&zt(V,B?V==R?In:vr:In,!0,De.setSeries)})}else zt(R,{show:!i.show},!0,De.setSeries)},!1),zn&&Ze(Ys,b,T=>{W._lock||(_n(T),zt(k.indexOf(i),Zn,!0,De.setSeries))},!1));for(var w in Kt){let T=Ot("td",id,f);T.textContent="--",c.push(T)}return[f,c]}let mn=new Map;function Ze(i,s,c,f=!0){let b=mn.get(s)||{},y=W.bind[i](r,s,c,f);y&&(Dn(i,s,b[i]=y),mn.set(s,b))}function Fn(i,s,c){let f=mn.get(s)||{};for(let b in f)(i==null||b==i)&&($i(b,s,f[b]),delete f[b]);i==null&&mn.delete(s)}let Qt=0,gn=0,ne=0,z=0,ke=0,Le=0,Bn=ke,hn=Le,Bt=ne,bn=z,st=0,vt=0,ot=0,Ct=0;r.bbox={};let Bo=!1,Jr=!1,$n=!1,vn=!1,Hr=!1,_t=!1;function $o(i,s,c){(c||i!=r.width||s!=r.height)&&al(i,s),Hn(!1),$n=!0,Jr=!0,jn()}function al(i,s){r.width=Qt=ne=i,r.height=gn=z=s,ke=Le=0,Pu(),Du();let c=r.bbox;st=c.left=Rn(ke*pe,.5),vt=c.top=Rn(Le*pe,.5),ot=c.width=Rn(ne*pe,.5),Ct=c.height=Rn(z*pe,.5)}let Eu=3;function Ru(){let i=!1,s=0;for(;!i;){s++;let c=Vu(s),f=Uu(s);i=s==Eu||c&&f,i||(al(r.width,r.height),Jr=!0)}}function Mu({width:i,height:s}){$o(i,s)}r.setSize=Mu;function Pu(){let i=!1,s=!1,c=!1,f=!1;C.forEach((b,y)=>{if(b.show&&b._show){let{side:w,_size:T}=b,R=w%2,B=b.label!=null?b.labelSize:0,$=T+B;$>0&&(R?(ne-=$,w==3?(ke+=$,f=!0):c=!0):(z-=$,w==0?(Le+=$,i=!0):s=!0))}}),yn[0]=i,yn[1]=c,yn[2]=s,yn[3]=f,ne-=nn[1]+nn[3],ke+=nn[3],z-=nn[2]+nn[0],Le+=nn[0]}function Du(){let i=ke+ne,s=Le+z,c=ke,f=Le;function b(y,w){switch(y){case 1:return i+=w,i-w;case 2:return s+=w,s-w;case 3:return c-=w,c+w;case 0:return f-=w,f+w}}C.forEach((y,w)=>{if(y.show&&y._show){let T=y.side;y._pos=b(T,y._size),y.label!=null&&(y._lpos=b(T,y.labelSize))}})}if(W.dataIdx==null){let i=W.hover,s=i.skip=new Set(i.skip??[]);s.add(void 0);let c=i.prox=le(i.prox),f=i.bias??(i.bias=0);W.dataIdx=(b,y,w,T)=>{if(y==0)return w;let R=w,B=c(b,y,w,T)??ve,$=B>=0&&B<ve,V=E.ori==0?ne:z,X=W.left,fe=t[0],ce=t[y];if(s.has(ce[w])){R=null;let ie=null,K=null,J;if(f==0||f==-1)for(J=w;ie==null&&J-- >0;)s.has(ce[J])||(ie=J);if(f==0||f==1)for(J=w;K==null&&J++<ce.length;)s.has(ce[J])||(K=J);if(ie!=null||K!=null)if($){let xe=ie==null?-1/0:F(fe[ie],E,V,0),Re=K==null?1/0:F(fe[K],E,V,0),He=X-xe,he=Re-X;He<=he?He<=B&&(R=ie):he<=B&&(R=K)}else R=K==null?ie:ie==null?K:w-ie<=K-w?ie:K}else $&&$e(X-F(fe[w],E,V,0))>B&&(R=null);return R}}let _n=i=>{W.event=i};W.idxs=oe,W._lock=!1;let Ke=W.points;Ke.show=le(Ke.show),Ke.size=le(Ke.size),Ke.stroke=le(Ke.stroke),Ke.width=le(Ke.width),Ke.fill=le(Ke.fill);let $t=r.focus=Oe({},e.focus||{alpha:.3},W.focus),zn=$t.prox>=0,Vn=zn&&Ke.one,yt=[],Un=[],Wn=[];function ul(i,s){let c=Ke.show(r,s);if(c instanceof HTMLElement)return pt(c,Xc),pt(c,i.class),Gt(c,-10,-10,ne,z),S.insertBefore(c,yt[s]),c}function cl(i,s){if(o==1||s>0){let c=o==1&&x[i.scale].time,f=i.value;i.value=c?fa(f)?_a(I,va(f,P)):f||U:f||mf,i.label=i.label||(c?lf:of)}if(Vn||s>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Ef||bd,i.fillTo=le(i.fillTo||_f),i.pxAlign=+de(i.pxAlign,M),i.pxRound=Ea(i.pxAlign),i.stroke=le(i.stroke||null),i.fill=le(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let c=gf(nt(1,i.width),1),f=i.points=Oe({},{size:c,width:nt(1,c*.2),stroke:i.stroke,space:c*2,paths:Rf,_stroke:null,_fill:null},i.points);f.show=le(f.show),f.filter=le(f.filter),f.fill=le(f.fill),f.stroke=le(f.stroke),f.paths=le(f.paths),f.pxAlign=i.pxAlign}if(ye){let c=Wr(i,s);Ee.splice(s,0,c[0]),Ft.splice(s,0,c[1]),Z.values.push(null)}if(ue){oe.splice(s,0,null);let c=null;Vn?s==0&&(c=ul(i,s)):s>0&&(c=ul(i,s)),yt.splice(s,0,c),Un.splice(s,0,0),Wn.splice(s,0,0)}Je("addSeries",s)}function Nu(i,s){s=s??k.length,i=o==1?Hi(i,s,ka,Ta):Hi(i,s,{},Aa),k.splice(s,0,i),cl(k[s],s)}r.addSeries=Nu;function Ou(i){if(k.splice(i,1),ye){Z.values.splice(i,1),Ft.splice(i,1);let s=Ee.splice(i,1)[0];Fn(null,s.firstChild),s.remove()}ue&&(oe.splice(i,1),yt.splice(i,1)[0].remove(),Un.splice(i,1),Wn.splice(i,1)),Je("delSeries",i)}r.delSeries=Ou;let yn=[!1,!1,!1,!1];function Lu(i,s){if(i._show=i.show,i.show){let c=i.side%2,f=x[i.scale];f==null&&(i.scale=c?k[1].scale:L,f=x[i.scale]);let b=f.time;i.size=le(i.size),i.space=le(i.space),i.rotate=le(i.rotate),dn(i.incrs)&&i.incrs.forEach(w=>{!fn.has(w)&&fn.set(w,Va(w))}),i.incrs=le(i.incrs||(f.distr==2?$d:b?D==1?Vd:Jd:Mn)),i.splits=le(i.splits||(b&&f.distr==1?se:f.distr==3?Vi:f.distr==4?uf:af)),i.stroke=le(i.stroke),i.grid.stroke=le(i.grid.stroke),i.ticks.stroke=le(i.ticks.stroke),i.border.stroke=le(i.border.stroke);let y=i.values;i.values=dn(y)&&!dn(y[0])?le(y):b?dn(y)?ba(I,ha(y,P)):fa(y)?qd(I,y):y||Y:y||sf,i.filter=le(i.filter||(f.distr>=3&&f.log==10?ff:f.distr==3&&f.log==2?pf:$a)),i.font=Da(i.font),i.labelFont=Da(i.labelFont),i._size=i.size(r,null,s,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(yn[s]=!0,i._el=At(Kc,g))}}function _r(i,s,c,f){let[b,y,w,T]=c,R=s%2,B=0;return R==0&&(T||y)&&(B=s==0&&!b||s==2&&!w?Be(ya.size/3):0),R==1&&(b||w)&&(B=s==1&&!y||s==3&&!T?Be(Sa.size/2):0),B}let dl=r.padding=(e.padding||[_r,_r,_r,_r]).map(i=>le(de(i,_r))),nn=r._padding=dl.map((i,s)=>i(r,s,yn,0)),je,ze=null,Ve=null,jr=o==1?k[0].idxs:null,Et=null,yr=!1;function fl(i,s){if(t=i??[],r.data=r._data=t,o==2){je=0;for(let c=1;c<k.length;c++)je+=t[c][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),Et=t[0],je=Et.length;let c=t;if(q==2){c=t.slice();let f=c[0]=Array(je);for(let b=0;b<je;b++)f[b]=b}r._data=t=c}if(Hn(!0),Je("setData"),q==2&&($n=!0),s!==!1){let c=E;c.auto(r,yr)?zo():on(L,c.min,c.max),vn=vn||W.left>=0,_t=!0,jn()}}r.setData=fl;function zo(){yr=!0;let i,s;o==1&&(je>0?(ze=jr[0]=0,Ve=jr[1]=je-1,i=t[0][ze],s=t[0][Ve],q==2?(i=ze,s=Ve):i==s&&(q==3?[i,s]=Co(i,i,E.log,!1):q==4?[i,s]=Ki(i,i,E.log,!1):E.time?s=i+Be(86400/D):[i,s]=xo(i,s,Qi,!0))):(ze=jr[0]=i=null,Ve=jr[1]=s=null)),on(L,i,s)}let qr,Jn,Vo,Uo,Wo,Jo,Ho,jo,qo,it;function pl(i,s,c,f,b,y){i??(i=Ks),c??(c=Zi),f??(f="butt"),b??(b=Ks),y??(y="round"),i!=qr&&(v.strokeStyle=qr=i),b!=Jn&&(v.fillStyle=Jn=b),s!=Vo&&(v.lineWidth=Vo=s),y!=Wo&&(v.lineJoin=Wo=y),f!=Jo&&(v.lineCap=Jo=f),c!=Uo&&v.setLineDash(Uo=c)}function ml(i,s,c,f){s!=Jn&&(v.fillStyle=Jn=s),i!=Ho&&(v.font=Ho=i),c!=jo&&(v.textAlign=jo=c),f!=qo&&(v.textBaseline=qo=f)}function Go(i,s,c,f,b=0){if(f.length>0&&i.auto(r,yr)&&(s==null||s.min==null)){let y=de(ze,0),w=de(Ve,f.length-1),T=c.min==null?dd(f,y,w,b,i.distr==3):[c.min,c.max];i.min=It(i.min,c.min=T[0]),i.max=nt(i.max,c.max=T[1])}}let gl={min:null,max:null};function Iu(){for(let f in x){let b=x[f];O[f]==null&&(b.min==null||O[L]!=null&&b.auto(r,yr))&&(O[f]=gl)}for(let f in x){let b=x[f];O[f]==null&&b.from!=null&&O[b.from]!=null&&(O[f]=gl)}O[L]!=null&&Hn(!0);let i={};for(let f in O){let b=O[f];if(b!=null){let y=i[f]=dr(x[f],yd);if(b.min!=null)Oe(y,b);else if(f!=L||o==2)if(je==0&&y.from==null){let w=y.range(r,null,null,f);y.min=w[0],y.max=w[1]}else y.min=ve,y.max=-ve}}if(je>0){k.forEach((f,b)=>{if(o==1){let y=f.scale,w=O[y];if(w==null)return;let T=i[y];if(b==0){let R=T.range(r,T.min,T.max,y);T.min=R[0],T.max=R[1],ze=Lt(T.min,t[0]),Ve=Lt(T.max,t[0]),Ve-ze>1&&(t[0][ze]<T.min&&ze++,t[0][Ve]>T.max&&Ve--),f.min=Et[ze],f.max=Et[Ve]}else f.show&&f.auto&&Go(T,w,f,t[b],f.sorted);f.idxs[0]=ze,f.idxs[1]=Ve}else if(b>0&&f.show&&f.auto){let[y,w]=f.facets,T=y.scale,R=w.scale,[B,$]=t[b],V=i[T],X=i[R];V!=null&&Go(V,O[T],y,B,y.sorted),X!=null&&Go(X,O[R],w,$,w.sorted),f.min=w.min,f.max=w.max}});for(let f in i){let b=i[f],y=O[f];if(b.from==null&&(y==null||y.min==null)){let w=b.range(r,b.min==ve?null:b.min,b.max==-ve?null:b.max,f);b.min=w[0],b.max=w[1]}}}for(let f in i){let b=i[f];if(b.from!=null){let y=i[b.from];if(y.min==null)b.min=b.max=null;else{let w=b.range(r,y.min,y.max,f);b.min=w[0],b.max=w[1]}}}let s={},c=!1;for(let f in i){let b=i[f],y=x[f];if(y.min!=b.min||y.max!=b.max){y.min=b.min,y.max=b.max;let w=y.distr;y._min=w==3?Xt(y.min):w==4?Di(y.min,y.asinh):w==100?y.fwd(y.min):y.min,y._max=w==3?Xt(y.max):w==4?Di(y.max,y.asinh):w==100?y.fwd(y.max):y.max,s[f]=c=!0}}if(c){k.forEach((f,b)=>{o==2?b>0&&s.y&&(f._paths=null):s[f.scale]&&(f._paths=null)});for(let f in s)$n=!0,Je("setScale",f);ue&&W.left>=0&&(vn=_t=!0)}for(let f in O)O[f]=null}function Fu(i){let s=zi(ze-1,0,je-1),c=zi(Ve+1,0,je-1);for(;i[s]==null&&s>0;)s--;for(;i[c]==null&&c<je-1;)c++;return[s,c]}function Bu(){if(je>0){let i=k.some(s=>s._focus)&&it!=$t.alpha;i&&(v.globalAlpha=it=$t.alpha),k.forEach((s,c)=>{if(c>0&&s.show&&(hl(c,!1),hl(c,!0),s._paths==null)){let f=it;it!=s.alpha&&(v.globalAlpha=it=s.alpha);let b=o==2?[0,t[c][0].length-1]:Fu(t[c]);s._paths=s.paths(r,c,b[0],b[1]),it!=f&&(v.globalAlpha=it=f)}}),k.forEach((s,c)=>{if(c>0&&s.show){let f=it;it!=s.alpha&&(v.globalAlpha=it=s.alpha),s._paths!=null&&bl(c,!1);{let b=s._paths!=null?s._paths.gaps:null,y=s.points.show(r,c,ze,Ve,b),w=s.points.filter(r,c,y,b);(y||w)&&(s.points._paths=s.points.paths(r,c,ze,Ve,w),bl(c,!0))}it!=f&&(v.globalAlpha=it=f),Je("drawSeries",c)}}),i&&(v.globalAlpha=it=1)}}function hl(i,s){let c=s?k[i].points:k[i];c._stroke=c.stroke(r,i),c._fill=c.fill(r,i)}function bl(i,s){let c=s?k[i].points:k[i],{stroke:f,fill:b,clip:y,flags:w,_stroke:T=c._stroke,_fill:R=c._fill,_width:B=c.width}=c._paths;B=_e(B*pe,3);let $=null,V=B%2/2;s&&R==null&&(R=B>0?"#fff":T);let X=c.pxAlign==1&&V>0;if(X&&v.translate(V,V),!s){let fe=st-B/2,ce=vt-B/2,ie=ot+B,K=Ct+B;$=new Path2D,$.rect(fe,ce,ie,K)}s?Ko(T,B,c.dash,c.cap,R,f,b,w,y):$u(i,T,B,c.dash,c.cap,R,f,b,w,$,y),X&&v.translate(-V,-V)}function $u(i,s,c,f,b,y,w,T,R,B,$){let V=!1;R!=0&&G.forEach((X,fe)=>{if(X.series[0]==i){let ce=k[X.series[1]],ie=t[X.series[1]],K=(ce._paths||$r).band;dn(K)&&(K=X.dir==1?K[0]:K[1]);let J,xe=null;ce.show&&K&&pd(ie,ze,Ve)?(xe=X.fill(r,fe)||y,J=ce._paths.clip):K=null,Ko(s,c,f,b,xe,w,T,R,B,$,J,K),V=!0}}),V||Ko(s,c,f,b,y,w,T,R,B,$)}let vl=fr|Wi;function Ko(i,s,c,f,b,y,w,T,R,B,$,V){pl(i,s,c,f,b),(R||B||V)&&(v.save(),R&&v.clip(R),B&&v.clip(B)),V?(T&vl)==vl?(v.clip(V),$&&v.clip($),Kr(b,w),Gr(i,y,s)):T&Wi?(Kr(b,w),v.clip(V),Gr(i,y,s)):T&fr&&(v.save(),v.clip(V),$&&v.clip($),Kr(b,w),v.restore(),Gr(i,y,s)):(Kr(b,w),Gr(i,y,s)),(R||B||V)&&v.restore()}function Gr(i,s,c){c>0&&(s instanceof Map?s.forEach((f,b)=>{v.strokeStyle=qr=b,v.stroke(f)}):s!=null&&i&&v.stroke(s))}function Kr(i,s){s instanceof Map?s.forEach((c,f)=>{v.fillStyle=Jn=f,v.fill(c)}):s!=null&&i&&v.fill(s)}function zu(i,s,c,f){let b=C[i],y;if(f<=0)y=[0,0];else{let w=b._space=b.space(r,i,s,c,f),T=b._incrs=b.incrs(r,i,s,c,f,w);y=Lf(s,c,T,f,w)}return b._found=y}function Qo(i,s,c,f,b,y,w,T,R,B){let $=w%2/2;M==1&&v.translate($,$),pl(T,w,R,B,T),v.beginPath();let V,X,fe,ce,ie=b+(f==0||f==3?-y:y);c==0?(X=b,ce=ie):(V=b,fe=ie);for(let K=0;K<i.length;K++)s[K]!=null&&(c==0?V=fe=i[K]:X=ce=i[K],v.moveTo(V,X),v.lineTo(fe,ce));v.stroke(),M==1&&v.translate(-$,-$)}function Vu(i){let s=!0;return C.forEach((c,f)=>{if(!c.show)return;let b=x[c.scale];if(b.min==null){c._show&&(s=!1,c._show=!1,Hn(!1));return}else c._show||(s=!1,c._show=!0,Hn(!1));let y=c.side,w=y%2,{min:T,max:R}=b,[B,$]=zu(f,T,R,w==0?ne:z);if($==0)return;let V=b.distr==2,X=c._splits=c.splits(r,f,T,R,B,$,V),fe=b.distr==2?X.map(J=>Et[J]):X,ce=b.distr==2?Et[X[1]]-Et[X[0]]:B,ie=c._values=c.values(r,c.filter(r,fe,f,$,ce),f,$,ce);c._rotate=y==2?c.rotate(r,ie,f,$):0;let K=c._size;c._size=Tt(c.size(r,ie,f,i)),K!=null&&c._size!=K&&(s=!1)}),s}function Uu(i){let s=!0;return dl.forEach((c,f)=>{let b=c(r,f,yn,i);b!=nn[f]&&(s=!1),nn[f]=b}),s}function Wu(){for(let i=0;i<C.length;i++){let s=C[i];if(!s.show||!s._show)continue;let c=s.side,f=c%2,b,y,w=s.stroke(r,i),T=c==0||c==3?-1:1,[R,B]=s._found;if(s.label!=null){let et=s.labelGap*T,ct=Be((s._lpos+et)*pe);ml(s.labelFont[0],w,"center",c==2?"top":Gs),v.save(),f==1?(b=y=0,v.translate(ct,Be(vt+Ct/2)),v.rotate((c==3?-wo:wo)/2)):(b=Be(st+ot/2),y=ct);let Sn=Fa(s.label)?s.label(r,i,R,B):s.label;v.fillText(Sn,b,y),v.restore()}if(B==0)continue;let $=x[s.scale],V=f==0?ot:Ct,X=f==0?st:vt,fe=s._splits,ce=$.distr==2?fe.map(et=>Et[et]):fe,ie=$.distr==2?Et[fe[1]]-Et[fe[0]]:R,K=s.ticks,J=s.border,xe=K.show?K.size:0,Re=Be(xe*pe),He=Be((s.alignTo==2?s._size-xe-s.gap:s.gap)*pe),he=s._rotate*-wo/180,Me=A(s._pos*pe),at=(Re+He)*T,Xe=Me+at;y=f==0?Xe:0,b=f==1?Xe:0;let kt=s.font[0],Rt=s.align==1?lr:s.align==2?Ri:he>0?lr:he<0?Ri:f==0?"center":c==3?Ri:lr,Ut=he||f==1?"middle":c==2?"top":Gs;ml(kt,w,Rt,Ut);let ut=s.font[1]*s.lineGap,wt=fe.map(et=>A(d(et,$,V,X))),Mt=s._values;for(let et=0;et<Mt.length;et++){let ct=Mt[et];if(ct!=null){f==0?b=wt[et]:y=wt[et],ct=""+ct;let Sn=ct.indexOf(`
`)==-1?[ct]:ct.split(/\n/gm);for(let tt=0;tt<Sn.length;tt++){let Fl=Sn[tt];he?(v.save(),v.translate(b,y+tt*ut),v.rotate(he),v.fillText(Fl,0,0),v.restore()):v.fillText(Fl,b,y+tt*ut)}}}K.show&&Qo(wt,K.filter(r,ce,i,B,ie),f,c,Me,Re,_e(K.width*pe,3),K.stroke(r,i),K.dash,K.cap);let Wt=s.grid;Wt.show&&Qo(wt,Wt.filter(r,ce,i,B,ie),f,f==0?2:1,f==0?vt:st,f==0?Ct:ot,_e(Wt.width*pe,3),Wt.stroke(r,i),Wt.dash,Wt.cap),J.show&&Qo([Me],[1],f==0?1:0,f==0?1:2,f==1?vt:st,f==1?Ct:ot,_e(J.width*pe,3),J.stroke(r,i),J.dash,J.cap)}Je("drawAxes")}function Hn(i){k.forEach((s,c)=>{c>0&&(s._paths=null,i&&(o==1?(s.min=null,s.max=null):s.facets.forEach(f=>{f.min=null,f.max=null})))})}let Qr=!1,Yo=!1,kr=[];function Ju(){Yo=!1;for(let i=0;i<kr.length;i++)Je(...kr[i]);kr.length=0}function jn(){Qr||(Cd(_l),Qr=!0)}function Hu(i,s=!1){Qr=!0,Yo=s,i(r),_l(),s&&kr.length>0&&queueMicrotask(Ju)}r.batch=Hu;function _l(){if(Bo&&(Iu(),Bo=!1),$n&&(Ru(),$n=!1),Jr){if(Te(_,lr,ke),Te(_,"top",Le),Te(_,Lr,ne),Te(_,Ir,z),Te(S,lr,ke),Te(S,"top",Le),Te(S,Lr,ne),Te(S,Ir,z),Te(g,Lr,Qt),Te(g,Ir,gn),h.width=Be(Qt*pe),h.height=Be(gn*pe),C.forEach(({_el:i,_show:s,_size:c,_pos:f,side:b})=>{if(i!=null)if(s){let y=b===3||b===0?c:0,w=b%2==1;Te(i,w?"left":"top",f-y),Te(i,w?"width":"height",c),Te(i,w?"top":"left",w?Le:ke),Te(i,w?"height":"width",w?z:ne),Bi(i,Pn)}else pt(i,Pn)}),qr=Jn=Vo=Wo=Jo=Ho=jo=qo=Uo=null,it=1,xr(!0),ke!=Bn||Le!=hn||ne!=Bt||z!=bn){Hn(!1);let i=ne/Bt,s=z/bn;if(ue&&!vn&&W.left>=0){W.left*=i,W.top*=s,qn&&Gt(qn,Be(W.left),0,ne,z),Gn&&Gt(Gn,0,Be(W.top),ne,z);for(let c=0;c<yt.length;c++){let f=yt[c];f!=null&&(Un[c]*=i,Wn[c]*=s,Gt(f,Tt(Un[c]),Tt(Wn[c]),ne,z))}}if(Se.show&&!Hr&&Se.left>=0&&Se.width>0){Se.left*=i,Se.width*=i,Se.top*=s,Se.height*=s;for(let c in ri)Te(Yn,c,Se[c])}Bn=ke,hn=Le,Bt=ne,bn=z}Je("setSize"),Jr=!1}Qt>0&&gn>0&&(v.clearRect(0,0,h.width,h.height),Je("drawClear"),H.forEach(i=>i()),Je("draw")),Se.show&&Hr&&(Yr(Se),Hr=!1),ue&&vn&&(wn(null,!0,!1),vn=!1),Z.show&&Z.live&&_t&&(ti(),_t=!1),p||(p=!0,r.status=1,Je("ready")),yr=!1,Qr=!1}r.redraw=(i,s)=>{$n=s||!1,i!==!1?on(L,E.min,E.max):jn()};function Zo(i,s){let c=x[i];if(c.from==null){if(je==0){let f=c.range(r,s.min,s.max,i);s.min=f[0],s.max=f[1]}if(s.min>s.max){let f=s.min;s.min=s.max,s.max=f}if(je>1&&s.min!=null&&s.max!=null&&s.max-s.min<1e-16)return;i==L&&c.distr==2&&je>0&&(s.min=Lt(s.min,t[0]),s.max=Lt(s.max,t[0]),s.min==s.max&&s.max++),O[i]=s,Bo=!0,jn()}}r.setScale=Zo;let Xo,ei,qn,Gn,yl,kl,Kn,Qn,wl,Sl,we,Ce,rn=!1,qe=W.drag,Ue=qe.x,We=qe.y;ue&&(W.x&&(Xo=At(Yc,S)),W.y&&(ei=At(Zc,S)),E.ori==0?(qn=Xo,Gn=ei):(qn=ei,Gn=Xo),we=W.left,Ce=W.top);let Se=r.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Yn=Se.show?At(Qc,Se.over?S:_):null;function Yr(i,s){if(Se.show){for(let c in i)Se[c]=i[c],c in ri&&Te(Yn,c,i[c]);s!==!1&&Je("setSelect")}}r.setSelect=Yr;function ju(i){if(k[i].show)ye&&Bi(Ee[i],Pn);else if(ye&&pt(Ee[i],Pn),ue){let c=Vn?yt[0]:yt[i];c!=null&&Gt(c,-10,-10,ne,z)}}function on(i,s,c){Zo(i,{min:s,max:c})}function zt(i,s,c,f){s.focus!=null&&Yu(i),s.show!=null&&k.forEach((b,y)=>{y>0&&(i==y||i==null)&&(b.show=s.show,ju(y),o==2?(on(b.facets[0].scale,null,null),on(b.facets[1].scale,null,null)):on(b.scale,null,null),jn())}),c!==!1&&Je("setSeries",i,s),f&&Ar("setSeries",r,i,s)}r.setSeries=zt;function qu(i,s){Oe(G[i],s)}function Gu(i,s){i.fill=le(i.fill||null),i.dir=de(i.dir,-1),s=s??G.length,G.splice(s,0,i)}function Ku(i){i==null?G.length=0:G.splice(i,1)}r.addBand=Gu,r.setBand=qu,r.delBand=Ku;function Qu(i,s){k[i].alpha=s,ue&&yt[i]!=null&&(yt[i].style.opacity=s),ye&&Ee[i]&&(Ee[i].style.opacity=s)}let Yt,ln,kn,Zn={focus:!0};function Yu(i){if(i!=kn){let s=i==null,c=$t.alpha!=1;k.forEach((f,b)=>{if(o==1||b>0){let y=s||b==0||b==i;f._focus=s?null:y,c&&Qu(b,y?1:$t.alpha)}}),kn=i,c&&jn()}}ye&&zn&&Ze(Zs,ae,i=>{W._lock||(_n(i),kn!=null&&zt(null,Zn,!0,De.setSeries))});function Vt(i,s,c){let f=x[s];c&&(i=i/pe-(f.ori==1?Le:ke));let b=ne;f.ori==1&&(b=z,i=b-i),f.dir==-1&&(i=b-i);let y=f._min,w=f._max,T=i/b,R=y+(w-y)*T,B=f.distr;return B==3?ur(10,R):B==4?gd(R,f.asinh):B==100?f.bwd(R):R}function Zu(i,s){let c=Vt(i,L,s);return Lt(c,t[0],ze,Ve)}r.valToIdx=i=>Lt(i,t[0]),r.posToIdx=Zu,r.posToVal=Vt,r.valToPos=(i,s,c)=>x[s].ori==0?a(i,x[s],c?ot:ne,c?st:0):u(i,x[s],c?Ct:z,c?vt:0),r.setCursor=(i,s,c)=>{we=i.left,Ce=i.top,wn(null,s,c)};function xl(i,s){Te(Yn,lr,Se.left=i),Te(Yn,Lr,Se.width=s)}function Al(i,s){Te(Yn,"top",Se.top=i),Te(Yn,Ir,Se.height=s)}let wr=E.ori==0?xl:Al,Sr=E.ori==1?xl:Al;function Xu(){if(ye&&Z.live)for(let i=o==2?1:0;i<k.length;i++){if(i==0&&bt)continue;let s=Z.values[i],c=0;for(let f in s)Ft[i][c++].firstChild.nodeValue=s[f]}}function ti(i,s){if(i!=null&&(i.idxs?i.idxs.forEach((c,f)=>{oe[f]=c}):_d(i.idx)||oe.fill(i.idx),Z.idx=oe[0]),ye&&Z.live){for(let c=0;c<k.length;c++)(c>0||o==1&&!bt)&&ec(c,oe[c]);Xu()}_t=!1,s!==!1&&Je("setLegend")}r.setLegend=ti;function ec(i,s){let c=k[i],f=i==0&&q==2?Et:t[i],b;bt?b=c.values(r,i,s)??tn:(b=c.value(r,s==null?null:f[s],i,s),b=b==null?tn:{_:b}),Z.values[i]=b}function wn(i,s,c){wl=we,Sl=Ce,[we,Ce]=W.move(r,we,Ce),W.left=we,W.top=Ce,ue&&(qn&&Gt(qn,Be(we),0,ne,z),Gn&&Gt(Gn,0,Be(Ce),ne,z));let f,b=ze>Ve;Yt=ve,ln=null;let y=E.ori==0?ne:z,w=E.ori==1?ne:z;if(we<0||je==0||b){f=W.idx=null;for(let T=0;T<k.length;T++){let R=yt[T];R!=null&&Gt(R,-10,-10,ne,z)}zn&&zt(null,Zn,!0,i==null&&De.setSeries),Z.live&&(oe.fill(f),_t=!0)}else{let T,R,B;o==1&&(T=E.ori==0?we:Ce,R=Vt(T,L),f=W.idx=Lt(R,t[0],ze,Ve),B=F(t[0][f],E,y,0));let $=-10,V=-10,X=0,fe=0,ce=!0,ie="",K="";for(let J=o==2?1:0;J<k.length;J++){let xe=k[J],Re=oe[J],He=Re==null?null:o==1?t[J][Re]:t[J][1][Re],he=W.dataIdx(r,J,f,R),Me=he==null?null:o==1?t[J][he]:t[J][1][he];if(_t=_t||Me!=He||he!=Re,oe[J]=he,J>0&&xe.show){let at=he==null?-10:he==f?B:F(o==1?t[0][he]:t[J][0][he],E,y,0),Xe=Me==null?-10:N(Me,o==1?x[xe.scale]:x[xe.facets[1].scale],w,0);if(zn&&Me!=null){let kt=E.ori==1?we:Ce,Rt=$e($t.dist(r,J,he,Xe,kt));if(Rt<Yt){let Ut=$t.bias;if(Ut!=0){let ut=Vt(kt,xe.scale),wt=Me>=0?1:-1,Mt=ut>=0?1:-1;Mt==wt&&(Mt==1?Ut==1?Me>=ut:Me<=ut:Ut==1?Me<=ut:Me>=ut)&&(Yt=Rt,ln=J)}else Yt=Rt,ln=J}}if(_t||Vn){let kt,Rt;E.ori==0?(kt=at,Rt=Xe):(kt=Xe,Rt=at);let Ut,ut,wt,Mt,Wt,et,ct=!0,Sn=Ke.bbox;if(Sn!=null){ct=!1;let tt=Sn(r,J);wt=tt.left,Mt=tt.top,Ut=tt.width,ut=tt.height}else wt=kt,Mt=Rt,Ut=ut=Ke.size(r,J);if(et=Ke.fill(r,J),Wt=Ke.stroke(r,J),Vn)J==ln&&Yt<=$t.prox&&($=wt,V=Mt,X=Ut,fe=ut,ce=ct,ie=et,K=Wt);else{let tt=yt[J];tt!=null&&(Un[J]=wt,Wn[J]=Mt,ia(tt,Ut,ut,ct),ra(tt,et,Wt),Gt(tt,Tt(wt),Tt(Mt),ne,z))}}}}if(Vn){let J=$t.prox,xe=kn==null?Yt<=J:Yt>J||ln!=kn;if(_t||xe){let Re=yt[0];Re!=null&&(Un[0]=$,Wn[0]=V,ia(Re,X,fe,ce),ra(Re,ie,K),Gt(Re,Tt($),Tt(V),ne,z))}}}if(Se.show&&rn)if(i!=null){let[T,R]=De.scales,[B,$]=De.match,[V,X]=i.cursor.sync.scales,fe=i.cursor.drag;if(Ue=fe._x,We=fe._y,Ue||We){let{left:ce,top:ie,width:K,height:J}=i.select,xe=i.scales[V].ori,Re=i.posToVal,He,he,Me,at,Xe,kt=T!=null&&B(T,V),Rt=R!=null&&$(R,X);kt&&Ue?(xe==0?(He=ce,he=K):(He=ie,he=J),Me=x[T],at=F(Re(He,V),Me,y,0),Xe=F(Re(He+he,V),Me,y,0),wr(It(at,Xe),$e(Xe-at))):wr(0,y),Rt&&We?(xe==1?(He=ce,he=K):(He=ie,he=J),Me=x[R],at=N(Re(He,X),Me,w,0),Xe=N(Re(He+he,X),Me,w,0),Sr(It(at,Xe),$e(Xe-at))):Sr(0,w)}else oi()}else{let T=$e(wl-yl),R=$e(Sl-kl);if(E.ori==1){let X=T;T=R,R=X}Ue=qe.x&&T>=qe.dist,We=qe.y&&R>=qe.dist;let B=qe.uni;B!=null?Ue&&We&&(Ue=T>=B,We=R>=B,!Ue&&!We&&(R>T?We=!0:Ue=!0)):qe.x&&qe.y&&(Ue||We)&&(Ue=We=!0);let $,V;Ue&&(E.ori==0?($=Kn,V=we):($=Qn,V=Ce),wr(It($,V),$e(V-$)),We||Sr(0,w)),We&&(E.ori==1?($=Kn,V=we):($=Qn,V=Ce),Sr(It($,V),$e(V-$)),Ue||wr(0,y)),!Ue&&!We&&(wr(0,0),Sr(0,0))}if(qe._x=Ue,qe._y=We,i==null){if(c){if(Il!=null){let[T,R]=De.scales;De.values[0]=T!=null?Vt(E.ori==0?we:Ce,T):null,De.values[1]=R!=null?Vt(E.ori==1?we:Ce,R):null}Ar(Mi,r,we,Ce,ne,z,f)}if(zn){let T=c&&De.setSeries,R=$t.prox;kn==null?Yt<=R&&zt(ln,Zn,!0,T):Yt>R?zt(null,Zn,!0,T):ln!=kn&&zt(ln,Zn,!0,T)}}_t&&(Z.idx=f,ti()),s!==!1&&Je("setCursor")}let sn=null;Object.defineProperty(r,"rect",{get(){return sn==null&&xr(!1),sn}});function xr(i=!1){i?sn=null:(sn=S.getBoundingClientRect(),Je("syncRect",sn))}function Tl(i,s,c,f,b,y,w){W._lock||rn&&i!=null&&i.movementX==0&&i.movementY==0||(ni(i,s,c,f,b,y,w,!1,i!=null),i!=null?wn(null,!0,!0):wn(s,!0,!1))}function ni(i,s,c,f,b,y,w,T,R){if(sn==null&&xr(!1),_n(i),i!=null)c=i.clientX-sn.left,f=i.clientY-sn.top;else{if(c<0||f<0){we=-10,Ce=-10;return}let[B,$]=De.scales,V=s.cursor.sync,[X,fe]=V.values,[ce,ie]=V.scales,[K,J]=De.match,xe=s.axes[0].side%2==1,Re=E.ori==0?ne:z,He=E.ori==1?ne:z,he=xe?y:b,Me=xe?b:y,at=xe?f:c,Xe=xe?c:f;if(ce!=null?c=K(B,ce)?d(X,x[B],Re,0):-10:c=Re*(at/he),ie!=null?f=J($,ie)?d(fe,x[$],He,0):-10:f=He*(Xe/Me),E.ori==1){let kt=c;c=f,f=kt}}R&&(s==null||s.cursor.event.type==Mi)&&((c<=1||c>=ne-1)&&(c=Rn(c,ne)),(f<=1||f>=z-1)&&(f=Rn(f,z))),T?(yl=c,kl=f,[Kn,Qn]=W.move(r,c,f)):(we=c,Ce=f)}let ri={width:0,height:0,left:0,top:0};function oi(){Yr(ri,!1)}let Cl,El,Rl,Ml;function Pl(i,s,c,f,b,y,w){rn=!0,Ue=We=qe._x=qe._y=!1,ni(i,s,c,f,b,y,w,!0,!1),i!=null&&(Ze(Pi,Ii,Dl,!1),Ar(Qs,r,Kn,Qn,ne,z,null));let{left:T,top:R,width:B,height:$}=Se;Cl=T,El=R,Rl=B,Ml=$}function Dl(i,s,c,f,b,y,w){rn=qe._x=qe._y=!1,ni(i,s,c,f,b,y,w,!1,!0);let{left:T,top:R,width:B,height:$}=Se,V=B>0||$>0,X=Cl!=T||El!=R||Rl!=B||Ml!=$;if(V&&X&&Yr(Se),qe.setScale&&V&&X){let fe=T,ce=B,ie=R,K=$;if(E.ori==1&&(fe=R,ce=$,ie=T,K=B),Ue&&on(L,Vt(fe,L),Vt(fe+ce,L)),We)for(let J in x){let xe=x[J];J!=L&&xe.from==null&&xe.min!=ve&&on(J,Vt(ie+K,J),Vt(ie,J))}oi()}else W.lock&&(W._lock=!W._lock,wn(s,!0,i!=null));i!=null&&(Fn(Pi,Ii),Ar(Pi,r,we,Ce,ne,z,null))}function tc(i,s,c,f,b,y,w){if(W._lock)return;_n(i);let T=rn;if(rn){let R=!0,B=!0,$=10,V,X;E.ori==0?(V=Ue,X=We):(V=We,X=Ue),V&&X&&(R=we<=$||we>=ne-$,B=Ce<=$||Ce>=z-$),V&&R&&(we=we<Kn?0:ne),X&&B&&(Ce=Ce<Qn?0:z),wn(null,!0,!0),rn=!1}we=-10,Ce=-10,oe.fill(null),wn(null,!0,!0),T&&(rn=T)}function Nl(i,s,c,f,b,y,w){W._lock||(_n(i),zo(),oi(),i!=null&&Ar(Xs,r,we,Ce,ne,z,null))}function Ol(){C.forEach(If),$o(r.width,r.height,!0)}Dn(So,ar,Ol);let Xn={};Xn.mousedown=Pl,Xn.mousemove=Tl,Xn.mouseup=Dl,Xn.dblclick=Nl,Xn.setSeries=(i,s,c,f)=>{let b=De.match[2];c=b(r,s,c),c!=-1&&zt(c,f,!0,!1)},ue&&(Ze(Qs,S,Pl),Ze(Mi,S,Tl),Ze(Ys,S,i=>{_n(i),xr(!1)}),Ze(Zs,S,tc),Ze(Xs,S,Nl),Ji.add(r),r.syncRect=xr);let Zr=r.hooks=e.hooks||{};function Je(i,s,c){Yo?kr.push([i,s,c]):i in Zr&&Zr[i].forEach(f=>{f.call(null,r,s,c)})}(e.plugins||[]).forEach(i=>{for(let s in i.hooks)Zr[s]=(Zr[s]||[]).concat(i.hooks[s])});let Ll=(i,s,c)=>c,De=Oe({key:null,setSeries:!1,filters:{pub:ca,sub:ca},scales:[L,k[1]?k[1].scale:null],match:[da,da,Ll],values:[null,null]},W.sync);De.match.length==2&&De.match.push(Ll),W.sync=De;let Il=De.key,ii=su(Il);function Ar(i,s,c,f,b,y,w){De.filters.pub(i,s,c,f,b,y,w)&&ii.pub(i,s,c,f,b,y,w)}ii.sub(r);function nc(i,s,c,f,b,y,w){De.filters.sub(i,s,c,f,b,y,w)&&Xn[i](null,s,c,f,b,y,w)}r.pub=nc;function rc(){ii.unsub(r),Ji.delete(r),mn.clear(),$i(So,ar,Ol),m.remove(),ae?.remove(),Je("destroy")}r.destroy=rc;function li(){Je("init",e,t),fl(t||e.data,!1),O[L]?Zo(L,O[L]):zo(),Hr=Se.show&&(Se.width>0||Se.height>0),vn=_t=!0,$o(e.width,e.height)}return k.forEach(cl),C.forEach(Lu),n?n instanceof HTMLElement?(n.appendChild(m),li()):n(r,li):li(),r}Ge.assign=Oe;Ge.fmtNum=Yi;Ge.rangeNum=xo;Ge.rangeLog=Co;Ge.rangeAsinh=Ki;Ge.orient=On;Ge.pxRatio=pe;Ge.join=Td;Ge.fmtDate=Xi,Ge.tzDate=Fd;Ge.sync=su;{Ge.addGap=yf,Ge.clipGaps=Mo;let e=Ge.paths={points:pu};e.linear=gu,e.stepped=Sf,e.bars=xf,e.spline=Tf}var ll="dupligraph.theme";function Ff(){try{let e=localStorage.getItem(ll);return e==="light"||e==="dark"?e:"auto"}catch{return"auto"}}var hr=Dt(Ff()),br=Dt(0);function _u(){matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>br.set(br.get()+1))}function sl(e){e==="auto"?delete document.documentElement.dataset.theme:document.documentElement.dataset.theme=e}function yu(){let e=["auto","light","dark"],t=e[(e.indexOf(hr.get())+1)%e.length];try{t==="auto"?localStorage.removeItem(ll):localStorage.setItem(ll,t)}catch{}hr.set(t),sl(t),br.set(br.get()+1)}function Vr(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Ur({title:e,times:t,values:n,format:r,formatTick:o=r}){let a=Mr(null),u=Qe(br);Pt(()=>{let p=a.current;if(!p||t.length===0)return;let m={stroke:Vr("--text-muted"),grid:{stroke:Vr("--border")},ticks:{stroke:Vr("--border")}},h=new Ge({width:Math.max(p.clientWidth,200),height:180,legend:{show:!1},cursor:{show:!0,drag:{x:!1,y:!1}},scales:{x:{time:!0}},axes:[m,{...m,size:80,values:(g,_)=>_.map(o)}],series:[{},{label:e,stroke:Vr("--accent"),fill:`${Vr("--accent")}33`,width:2,points:{show:t.length<60},value:(g,_)=>_==null?"—":r(_)}]},[t,n],p),v=new ResizeObserver(()=>h.setSize({width:Math.max(p.clientWidth,200),height:180}));return v.observe(p),()=>{v.disconnect(),h.destroy()}},[t,n,e,r,o,u]);let d=n.at(-1);return l("figure",{class:"chart",children:[l("figcaption",{children:[l("strong",{children:e}),l("span",{class:"muted",children:t.length===0?" no runs yet":` latest ${r(d??0)}, ${t.length} point${t.length===1?"":"s"}`})]}),l("div",{ref:a,class:"chart-canvas",role:"img","aria-label":`${e} over time`})]})}function Oo({points:e}){let t=er(()=>({times:e.map(n=>new Date(n.startAt).getTime()/1e3),uploaded:e.map(n=>n.uploadedSize),stored:e.map(n=>n.storageSize),duration:e.map(n=>n.durationMilliseconds/1e3),files:e.map(n=>n.fileCount)}),[e]);return l("section",{"aria-labelledby":"charts-title",children:[l("h2",{id:"charts-title",children:"Over time"}),l("div",{class:"charts",children:[l(Ur,{title:"Uploaded",times:t.times,values:t.uploaded,format:qt}),l(Ur,{title:"Stored at destination",times:t.times,values:t.stored,format:qt}),l(Ur,{title:"Duration",times:t.times,values:t.duration,format:mo,formatTick:Ws}),l(Ur,{title:"Files",times:t.times,values:t.files,format:Nt})]})]})}var Lo=10;function Io({owner:e,id:t}){let[n,r]=re({first:Lo}),[o,a]=re(1),u=Zt(Ms,{id:t,...n},{skip:e!=="job"}),d=Zt(Ps,{id:t,...n},{skip:e!=="server"}),p=e==="job"?u:d,h=p.data?.node?.backups;if(p.error&&!h)return l("p",{class:"error",children:["Could not read the runs: ",p.error.message]});if(!h)return l("p",{"aria-busy":"true",children:"Loading runs…"});let v=Math.max(1,Math.ceil(h.totalCount/Lo));return l("div",{class:"run-history",children:[l("div",{class:"table-scroll",children:l("table",{class:"runs",children:[l("caption",{class:"visually-hidden",children:"Runs, newest first"}),l("thead",{children:l("tr",{children:[l("th",{scope:"col",children:"Started"}),l("th",{scope:"col",children:"Status"}),l("th",{scope:"col",children:"Duration"}),l("th",{scope:"col",children:"Uploaded"}),l("th",{scope:"col",children:"Stored"}),l("th",{scope:"col",children:"Files"}),l("th",{scope:"col",children:"Warnings / errors"}),l("th",{scope:"col",children:l("span",{class:"visually-hidden",children:"Details"})})]})}),l("tbody",{children:h.nodes.map(g=>l(Bf,{run:g,showJob:e==="server"},g.id))})]})}),l("nav",{class:"pager","aria-label":"Run history pages",children:[l("button",{type:"button",disabled:o===1,onClick:()=>{r({last:Lo,before:h.pageInfo.startCursor}),a(o-1)},children:"Newer runs"}),l("span",{class:"page-number",children:["Page ",o," of ",v," (",Nt(h.totalCount)," runs)"]}),l("button",{type:"button",disabled:!h.pageInfo.hasNextPage,onClick:()=>{r({first:Lo,after:h.pageInfo.endCursor}),a(o+1)},children:"Older runs"})]})]})}function Bf({run:e,showJob:t}){let[n,r]=re(!1),o=`run-details-${e.id}`;return l(Ae,{children:[l("tr",{"data-run-id":e.id,children:[l("td",{children:[Pe(e.startedAt),t&&l("div",{class:"muted",children:e.backupName})]}),l("td",{children:l(bo,{status:e.status})}),l("td",{children:mo(e.durationMilliseconds/1e3)}),l("td",{children:qt(e.uploadedSize)}),l("td",{children:qt(e.knownFileSize)}),l("td",{children:Nt(e.examinedFiles)}),l("td",{children:[e.warningCount," / ",e.errorCount]}),l("td",{children:l("button",{type:"button",class:"link","aria-expanded":n,"aria-controls":o,onClick:()=>r(!n),children:n?"Hide":"Details"})})]}),n&&l("tr",{id:o,class:"run-details",children:l("td",{colSpan:8,children:l($f,{run:e})})})]})}function $f({run:e}){let[t,n]=re(null),[r,o]=re(null);return l("div",{class:"details",children:[l("p",{children:["Ended ",Pe(e.endedAt)," · examined ",qt(e.sizeOfExaminedFiles)," · Duplicati ",e.version??"unknown"]}),e.errorMessages.length>0&&l(ku,{title:"Errors",lines:e.errorMessages}),e.warningMessages.length>0&&l(ku,{title:"Warnings",lines:e.warningMessages}),t===null?l("button",{type:"button",onClick:()=>Fe(Ds,{id:e.id}).then(a=>n(a.node?.logLines??[]),a=>o(a.message)),children:"Show log"}):l("pre",{class:"log",children:t.length?t.join(`
`):"No log lines were reported."}),r&&l("p",{class:"error",children:r})]})}function ku({title:e,lines:t}){return l("div",{children:[l("h4",{children:e}),l("ul",{class:"messages",children:t.map((n,r)=>l("li",{children:n},r))})]})}function wu(e){let t=e.replace(/^#/,"")||"/",[,n,r]=t.split("/");return t==="/"||n===""?{page:"overview"}:n==="server"&&r?{page:"server",id:decodeURIComponent(r)}:n==="job"&&r?{page:"job",id:decodeURIComponent(r)}:n==="admin"?{page:"admin"}:{page:"not-found",path:t}}var rt={overview:()=>"#/",server:e=>`#/server/${encodeURIComponent(e)}`,job:e=>`#/job/${encodeURIComponent(e)}`,admin:()=>"#/admin"};function Su(){let[e,t]=re(()=>wu(location.hash));return Pt(()=>{let n=()=>t(wu(location.hash));return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),e}function xu({id:e}){let{data:t,error:n,refetch:r}=Zt(Es,{id:e}),o=t?.node&&"backupName"in t.node?t.node:null;if(!t)return n?l("p",{class:"error",children:["Could not read the job: ",n.message]}):l("p",{"aria-busy":"true",children:"Loading…"});if(!o)return l("p",{class:"card",children:"No backup job has this id (it may have been deleted)."});let{schedule:a,overdue:u}=o,d=o.server.alias||o.server.name;return l(Ae,{children:[l("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[l("a",{href:rt.overview(),children:"Overview"})," / ",l("a",{href:rt.server(o.server.id),children:d})," /"]}),l("h1",{children:[o.backupName," ",u.isOverdue&&l(vo,{since:u.becameOverdueAt})]}),l("div",{class:"columns",children:[l("section",{class:"card","aria-labelledby":"state-title",children:[l("h2",{id:"state-title",children:"State"}),l("dl",{children:[l("dt",{children:"Last run"}),l("dd",{title:Pe(o.lastBackupAt),children:En(o.lastBackupAt)}),l("dt",{children:"Next expected"}),l("dd",{children:Pe(u.nextExpectedAt)}),l("dt",{children:"Late after"}),l("dd",{children:Pe(u.deadlineAt)}),l("dt",{children:"Overdue"}),l("dd",{children:u.isOverdue?`yes, since ${Pe(u.becameOverdueAt)}`:"no"}),l("dt",{children:"Runs stored"}),l("dd",{children:o.runCount})]})]}),l("section",{class:"card","aria-labelledby":"schedule-title",children:[l("h2",{id:"schedule-title",children:"Schedule"}),l("dl",{children:[l("dt",{children:"Expected every"}),l("dd",{children:a.expectedInterval}),l("dt",{children:"On"}),l("dd",{children:[a.allowedWeekdays.length===7||a.allowedWeekdays.length===0?"every day":a.allowedWeekdays.map(p=>go[p]).join(", ")," ","(UTC)"]}),l("dt",{children:"Tolerance"}),l("dd",{children:[a.effectiveToleranceMilliseconds/6e4," min",a.toleranceOverrideMilliseconds===null&&" (global default)"]}),l("dt",{children:"Overdue check"}),l("dd",{children:a.overdueCheckEnabled?"on":"off"}),l("dt",{children:"Warning alerts"}),l("dd",{children:a.notificationLevel.toLowerCase()})]}),l("p",{children:l("a",{href:rt.admin(),children:"Change in Admin"})})]})]}),l(Oo,{points:o.history}),l("section",{"aria-labelledby":"alerts-title",children:[l("h2",{id:"alerts-title",children:"Alerts"}),l(ho,{alerts:o.alerts.nodes,onChange:r})]}),l("section",{"aria-labelledby":"runs-title",children:[l("h2",{id:"runs-title",children:"Run history"}),l(Io,{owner:"job",id:o.id})]})]})}function Fo({jobs:e,caption:t}){let n=Qe(or);return e.length===0?l("p",{class:"muted",children:"No backup jobs."}):l("table",{class:"jobs",children:[l("caption",{class:"visually-hidden",children:t}),l("thead",{children:l("tr",{children:[l("th",{scope:"col",children:"Job"}),l("th",{scope:"col",children:"Status"}),l("th",{scope:"col",children:"Last run"}),l("th",{scope:"col",children:"Next expected"})]})}),l("tbody",{children:e.map(r=>{let o=r.latestBackup?.status;return l("tr",{class:n.has(r.id)?"flash":void 0,"data-job-id":r.id,"data-job-name":r.backupName,"data-status":o??"NONE","data-overdue":String(r.overdue.isOverdue),children:[l("th",{scope:"row","data-label":"Job",children:l("a",{href:rt.job(r.id),children:r.backupName})}),l("td",{"data-label":"Status",children:[l(bo,{status:o})," ",r.overdue.isOverdue&&l(vo,{since:r.overdue.becameOverdueAt})]}),l("td",{"data-label":"Last run",title:Pe(r.lastBackupAt),children:En(r.lastBackupAt)}),l("td",{"data-label":"Next expected",title:Pe(r.overdue.nextExpectedAt),children:r.overdue.nextExpectedAt?En(r.overdue.nextExpectedAt):"—"})]},r.id)})})]})}async function zf(){let e=await Fe(Ts,{}),t=[...e.servers.nodes],n=e.servers.pageInfo;for(;n.hasNextPage&&n.endCursor;){let r=await Fe(Cs,{after:n.endCursor});t.push(...r.servers.nodes),n=r.servers.pageInfo}return{...e,servers:t}}function Au(){let{data:e,error:t}=Ci(zf,"overview"),[n,r]=re(""),[o,a]=re("ALL"),[u,d]=re(!1),[p,m]=re("ALL"),h=er(()=>{let g=n.trim().toLowerCase();return(e?.servers??[]).filter(_=>p==="ALL"||_.id===p).map(_=>{let S=!g||`${_.name} ${_.alias}`.toLowerCase().includes(g),M=_.backupJobs.filter(D=>(S||D.backupName.toLowerCase().includes(g))&&(o==="ALL"||(D.latestBackup?.status??"NONE")===o)&&(!u||D.overdue.isOverdue));return{server:_,jobs:M,visible:!(g||o!=="ALL"||u)||M.length>0}}).filter(_=>_.visible)},[e,n,o,u,p]);if(!e)return t?l("p",{class:"error",children:["Could not read the overview: ",t.message]}):l("p",{"aria-busy":"true",children:"Loading…"});let{summary:v}=e;return l(Ae,{children:[l("h1",{children:"Overview"}),t&&l("p",{class:"error",role:"alert",children:["Could not refresh: ",t.message]}),l("ul",{class:"tiles","aria-label":"Summary",children:[l(pn,{label:"Servers",value:Nt(v.totalServers)}),l(pn,{label:"Backup jobs",value:Nt(v.totalBackupJobs)}),l(pn,{label:"Runs stored",value:Nt(v.totalBackupRuns)}),l(pn,{label:"Overdue jobs",value:Nt(v.overdueBackupJobCount),alert:v.overdueBackupJobCount>0}),l(pn,{label:"Open alerts",value:Nt(e.activeAlerts.totalCount),alert:e.activeAlerts.totalCount>0}),l(pn,{label:"Stored at destinations",value:qt(v.totalStorageUsed)}),l(pn,{label:"Uploaded",value:qt(v.totalUploadedSize)}),l(pn,{label:"Last backup",value:En(v.lastBackupAt),title:Pe(v.lastBackupAt)})]}),l("form",{class:"filters","aria-label":"Filter jobs",onSubmit:g=>g.preventDefault(),children:[l("div",{class:"field",children:[l("label",{for:"filter-search",children:"Search"}),l("input",{id:"filter-search",type:"search",placeholder:"Server or job name",value:n,onInput:g=>r(g.currentTarget.value)})]}),l("div",{class:"field",children:[l("label",{for:"filter-status",children:"Status"}),l("select",{id:"filter-status",value:o,onChange:g=>a(g.currentTarget.value),children:[l("option",{value:"ALL",children:"All"}),Object.keys(Dr).map(g=>l("option",{value:g,children:Dr[g]},g))]})]}),l("div",{class:"field",children:[l("label",{for:"filter-server",children:"Server"}),l("select",{id:"filter-server",value:p,onChange:g=>m(g.currentTarget.value),children:[l("option",{value:"ALL",children:"All servers"}),e.servers.map(g=>l("option",{value:g.id,children:g.alias||g.name},g.id))]})]}),l("label",{class:"check",children:[l("input",{type:"checkbox",checked:u,onChange:g=>d(g.currentTarget.checked)}),"Only overdue"]})]}),e.servers.length===0&&l("p",{class:"card",children:["No server has reported yet. Point Duplicati at ",l("code",{children:`${location.origin}/api/upload`})," (see the README)."]}),e.servers.length>0&&h.length===0&&l("p",{class:"muted",children:"No job matches these filters."}),l("div",{class:"servers",children:h.map(({server:g,jobs:_})=>l("section",{class:"card server","data-server-id":g.id,"aria-labelledby":`server-${g.id}`,children:[l("h2",{id:`server-${g.id}`,children:[l("a",{href:rt.server(g.id),children:g.alias||g.name}),g.alias&&l("span",{class:"muted",children:[" (",g.name,")"]})]}),l(Fo,{jobs:_,caption:`Backup jobs of ${g.alias||g.name}`})]},g.id))})]})}function pn({label:e,value:t,alert:n,title:r}){return l("li",{class:`tile${n?" tile-alert":""}`,title:r,children:[l("span",{class:"tile-value",children:t}),l("span",{class:"tile-label",children:e})]})}function Vf(e){return/^https?:\/\//i.test(e)?e:null}function Tu({id:e}){let{data:t,error:n,refetch:r}=Zt(Rs,{id:e}),o=t?.node&&"serverId"in t.node?t.node:null;if(!t)return n?l("p",{class:"error",children:["Could not read the server: ",n.message]}):l("p",{"aria-busy":"true",children:"Loading…"});if(!o)return l("p",{class:"card",children:"No server has this id (it may have been deleted or merged)."});let a=Vf(o.url);return l(Ae,{children:[l("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[l("a",{href:rt.overview(),children:"Overview"})," /"]}),l("h1",{children:o.alias||o.name}),l("section",{class:"card","aria-labelledby":"details-title",children:[l("h2",{id:"details-title",children:"Details"}),l("dl",{children:[l("dt",{children:"Machine name"}),l("dd",{children:o.name}),l("dt",{children:"Machine id"}),l("dd",{children:l("code",{children:o.serverId})}),l("dt",{children:"First report"}),l("dd",{children:Pe(o.createdAt)}),o.note&&l(Ae,{children:[l("dt",{children:"Note"}),l("dd",{children:o.note})]}),a&&l(Ae,{children:[l("dt",{children:"Duplicati"}),l("dd",{children:l("a",{href:a,rel:"noreferrer noopener",target:"_blank",children:a})})]})]})]}),l("section",{class:"card","aria-labelledby":"jobs-title",children:[l("h2",{id:"jobs-title",children:"Backup jobs"}),l(Fo,{jobs:o.backupJobs,caption:`Backup jobs of ${o.alias||o.name}`})]}),l(Oo,{points:o.history}),l("section",{"aria-labelledby":"alerts-title",children:[l("h2",{id:"alerts-title",children:"Open alerts"}),l(ho,{alerts:t.alerts.nodes,onChange:r})]}),l("section",{"aria-labelledby":"runs-title",children:[l("h2",{id:"runs-title",children:"Run history"}),l(Io,{owner:"server",id:o.id})]})]})}function Cu(){let e=Su(),t=Qe(Tn),n=Qe(Jt),r=Qe(hr);return Pt(()=>$s(),[n]),Pt(()=>{document.title=`${Wf(e)} · dupligraph`,document.getElementById("main")?.focus({preventScroll:!0})},[e]),l(Ae,{children:[l("button",{type:"button",class:"skip-link",onClick:()=>document.getElementById("main")?.focus(),children:"Skip to content"}),l("header",{class:"top",children:[l("a",{class:"brand",href:rt.overview(),children:"dupligraph"}),l("nav",{"aria-label":"Main",children:[l("a",{href:rt.overview(),"aria-current":e.page==="overview"?"page":void 0,children:"Overview"}),l("a",{href:rt.admin(),"aria-current":e.page==="admin"?"page":void 0,children:"Admin"}),l("a",{href:"/graphql",children:"GraphiQL"})]}),l("button",{type:"button",class:"theme-toggle",onClick:yu,"aria-label":`Colour theme: ${r}. Change`,children:["Theme: ",r]})]}),l(zs,{}),l("main",{id:"main",tabIndex:-1,children:t==="read"?l(Cn,{kind:"read"}):l(Uf,{route:e})}),l(Vs,{})]})}function Uf({route:e}){switch(e.page){case"overview":return l(Au,{});case"server":return l(Tu,{id:e.id},e.id);case"job":return l(xu,{id:e.id},e.id);case"admin":return l(js,{});case"not-found":return l("p",{class:"card",children:["Nothing here (",l("code",{children:e.path}),"). ",l("a",{href:rt.overview(),children:"Back to the overview"})]})}}function Wf(e){return{overview:"Overview",server:"Server",job:"Backup job",admin:"Admin","not-found":"Not found"}[e.page]}sl(hr.get());_u();Ql(l(Cu,{}),document.getElementById("app"));
